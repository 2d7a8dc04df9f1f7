# SPDX-License-Identifier: MIT
# What a Debian package carries besides the program: the manual page (help2man from
# `dwhealth --help`, built with the program), /usr/share/doc/dwhealth/copyright (DEP-5) and
# changelog.gz (from CHANGELOG.md), the bash completion. Both .gz files are compressed with
# gzip -9n (no name, no time stamp), as Debian asks. Included from cmake/Packaging.cmake.
find_program(DWH_HELP2MAN help2man)
find_program(DWH_GZIP gzip)
find_package(Python3 COMPONENTS Interpreter)
set(DWH_PACKAGE_DIR ${PROJECT_SOURCE_DIR}/resources/packaging)
set(DWH_DOCS_OUT ${PROJECT_BINARY_DIR}/package-docs)
file(MAKE_DIRECTORY ${DWH_DOCS_OUT})

if(DWH_GZIP AND Python3_Interpreter_FOUND)
    add_custom_command(OUTPUT ${DWH_DOCS_OUT}/changelog.gz
        COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/scripts/debian-changelog.py
                ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${CPACK_PACKAGE_NAME} ${PROJECT_VERSION}
                ${CPACK_PACKAGE_CONTACT} ${DWH_DOCS_OUT}/changelog
        COMMAND ${DWH_GZIP} -9nf ${DWH_DOCS_OUT}/changelog
        DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/scripts/debian-changelog.py
        COMMENT "Debian changelog from CHANGELOG.md" VERBATIM)
    add_custom_target(dwhealth_changelog ALL DEPENDS ${DWH_DOCS_OUT}/changelog.gz)
    install(FILES ${DWH_DOCS_OUT}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
else()
    message(STATUS "gzip or python3 missing: no changelog.gz in the package")
endif()

if(DWH_HELP2MAN AND DWH_GZIP AND TARGET dwhealth)
    # English whatever the builder's locale or wizard setting; the date is the commit's.
    set(_dwh_man_env LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen)
    if(DWH_SOURCE_DATE_EPOCH)
        list(APPEND _dwh_man_env SOURCE_DATE_EPOCH=${DWH_SOURCE_DATE_EPOCH})
    endif()
    add_custom_command(OUTPUT ${DWH_DOCS_OUT}/dwhealth.1.gz
        COMMAND ${CMAKE_COMMAND} -E env ${_dwh_man_env}
                ${DWH_HELP2MAN} --no-info --section=1 --help-option=--help\ --lang\ en
                --name=${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
                --include=${DWH_PACKAGE_DIR}/dwhealth.h2m
                --output=${DWH_DOCS_OUT}/dwhealth.1 $<TARGET_FILE:dwhealth>
        COMMAND ${DWH_GZIP} -9nf ${DWH_DOCS_OUT}/dwhealth.1
        DEPENDS dwhealth ${DWH_PACKAGE_DIR}/dwhealth.h2m
        COMMENT "Manual page dwhealth.1 (help2man)" VERBATIM)
    add_custom_target(dwhealth_manpage ALL DEPENDS ${DWH_DOCS_OUT}/dwhealth.1.gz)
    install(FILES ${DWH_DOCS_OUT}/dwhealth.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man or gzip missing: no manual page in the package")
endif()

install(FILES ${DWH_PACKAGE_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/dwhealth.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME dwhealth)
