# SPDX-License-Identifier: MIT
# `cmake --install` layout and CPack, per platform. Linux: desktop entry, hicolor icons, AppStream
# metainfo, and through cmake/PackageDocs.cmake the manual page, copyright, changelog and bash
# completion; the CPack .deb, built from the RelWithDebInfo tree, the program stripped in the .deb
# and its debug information in dwhealth-dbgsym (a .ddeb); scripts/package.sh builds both and runs
# lintian. Windows: NSIS and WiX installers; macOS: a DragNDrop disk image; there the program
# carries Qt's libraries and plugins (app/CMakeLists.txt, qt_generate_deploy_app_script).
# Included from the top-level CMakeLists.txt (after GNUInstallDirs).

set(DWH_APP_ID io.github.dwhealth.dwhealth)
set(DWH_APP_DIR ${PROJECT_SOURCE_DIR}/resources/app)

set(DWH_LINUX_LAYOUT OFF)
if(UNIX AND NOT APPLE)
    set(DWH_LINUX_LAYOUT ON)
endif()

if(DWH_LINUX_LAYOUT)
    install(FILES ${DWH_APP_DIR}/${DWH_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${DWH_APP_DIR}/${DWH_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES ${DWH_APP_DIR}/icons/dwhealth-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${DWH_APP_ID}.png)
    endforeach()
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME dwhealth)
set(CPACK_PACKAGE_VENDOR "The dwhealth developers")
set(CPACK_PACKAGE_CONTACT "The dwhealth developers <dwhealth@users.noreply.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Dynamics 365 dual-write health check (wizard and command line)")
if(DWH_LINUX_LAYOUT)
    include(${CMAKE_CURRENT_LIST_DIR}/PackageDocs.cmake)
endif()
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
if(WIN32)
    # Both installers: NSIS (.exe) and WiX (.msi; needs the WiX toolset on the build machine).
    set(CPACK_GENERATOR NSIS WIX)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY dwhealth)
    set(CPACK_NSIS_DISPLAY_NAME "dwhealth ${PROJECT_VERSION}")
    set(CPACK_NSIS_MODIFY_PATH ON)  # offers to put dwhealth on PATH (the command line)
    set(CPACK_WIX_UPGRADE_GUID 5B0B6F0E-8E3C-4E0B-9C9B-4D2C8F1A7D31)  # never change: upgrades
    configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)  # WiX wants .txt or .rtf
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME dwhealth)
else()
    set(CPACK_GENERATOR DEB)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends from the linked libraries (dpkg-shlibdeps)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-ipafont-gothic | fonts-noto-cjk")  # Qt's buttons translated; Japanese glyphs
# Strip the program in the .deb; its debug information (build-id path) goes into the
# dwhealth-dbgsym .ddeb, so customers' crash reports can still be symbolised. Needs a build with
# debug information (RelWithDebInfo, as CI builds) and CPACK_STRIP_FILES off.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_PACKAGE_SOURCE dwhealth)  # both packages, one source (lintian groups them)
if(DWH_LINUX_LAYOUT)
    set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/FixDbgsym.cmake)  # CPack 3.25's .ddeb fixed
endif()
# The extended description: lines within 80 columns (lintian), given without the leading space
# that CPack adds (a line given with one would come out indented twice, shown verbatim).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Runs the two-step dual-write health check of Dynamics 365 finance and
operations apps and Microsoft Dataverse from outside the product, explains
every finding and links the documented fix. Includes a desktop wizard, a
headless command line for pipelines and a simulator of the services.")
set(CPACK_PACKAGE_FILE_NAME_PREFIX dwhealth)
include(CPack)
