# SPDX-License-Identifier: MIT
# CPack post-build script (CPACK_POST_BUILD_SCRIPTS): makes the dwhealth-dbgsym .ddeb that CPack
# 3.25's debuginfo support builds into what Debian's own dh_strip makes, so that lintian and
# debsums accept it:
# - md5sums: CPack writes the staging directory's absolute paths (it strips the main package's
#   staging prefix, not the -dbgsym one); they are computed again, relative;
# - the debug files: compressed debug sections (objcopy --compress-debug-sections, as dh_strip
#   does; a third of the size) and mode 0644 instead of the program's 0755;
# - usr/share/doc/dwhealth-dbgsym -> dwhealth: the copyright and changelog of the package it
#   depends on, as Debian's automatic debug packages carry them.
# Runs in CPack's staging area before the packages are copied to the output directory.
find_program(DWH_DPKG_DEB dpkg-deb REQUIRED)
find_program(DWH_OBJCOPY objcopy REQUIRED)
find_program(DWH_MD5SUM md5sum REQUIRED)

function(dwh_run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        list(JOIN ARGN " " command)
        message(FATAL_ERROR "FixDbgsym: ${command} failed (${rc}): ${err}")
    endif()
endfunction()

foreach(ddeb IN LISTS CPACK_PACKAGE_FILES)
    if(NOT ddeb MATCHES "-dbgsym_[^/]*\\.ddeb$")
        continue()
    endif()
    set(root ${ddeb}.root)
    file(REMOVE_RECURSE ${root})
    dwh_run(${DWH_DPKG_DEB} --raw-extract ${ddeb} ${root})

    file(GLOB_RECURSE debug_files LIST_DIRECTORIES false RELATIVE ${root} ${root}/usr/lib/debug/*.debug)
    foreach(f IN LISTS debug_files)
        dwh_run(${DWH_OBJCOPY} --compress-debug-sections ${root}/${f})
        file(CHMOD ${root}/${f} PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    endforeach()

    file(STRINGS ${root}/DEBIAN/control package REGEX "^Package: ")
    string(REGEX REPLACE "^Package: (.*)-dbgsym$" "\\1" main "${package}")
    file(MAKE_DIRECTORY ${root}/usr/share/doc)
    file(CREATE_LINK ${main} ${root}/usr/share/doc/${main}-dbgsym SYMBOLIC)

    list(SORT debug_files)
    execute_process(COMMAND ${DWH_MD5SUM} ${debug_files} WORKING_DIRECTORY ${root}
                    OUTPUT_FILE ${root}/DEBIAN/md5sums RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "FixDbgsym: md5sum of ${debug_files} failed")
    endif()

    set(kib 0)  # Installed-Size: the files' sizes in KiB, rounded up
    foreach(f IN LISTS debug_files)
        file(SIZE ${root}/${f} bytes)
        math(EXPR kib "${kib} + (${bytes} + 1023) / 1024")
    endforeach()
    file(READ ${root}/DEBIAN/control control)
    string(REGEX REPLACE "Installed-Size: [0-9]+" "Installed-Size: ${kib}" control "${control}")
    file(WRITE ${root}/DEBIAN/control "${control}")

    file(REMOVE ${ddeb})
    # gzip: the debug sections are compressed already; xz would only take longer
    dwh_run(${DWH_DPKG_DEB} --root-owner-group -Zgzip --build ${root} ${ddeb})
    file(REMOVE_RECURSE ${root})
endforeach()
