# SPDX-License-Identifier: MIT
# The source commit that `dwhealth --version` and the About box name: `git describe --always
# --dirty` of this checkout when CMake configures (CMake configures again when HEAD moves, so a new
# commit is named after the next build). Outside a git checkout (a source tarball) it is "unknown",
# unless the builder names it: -DDWHEALTH_SOURCE_COMMIT=v0.1.0. Writes DWH_SOURCE_COMMIT_CPP (the
# generated sourcecommit.cpp, the library dwh_sourcecommit in src/core) and DWH_SOURCE_DATE_EPOCH (the commit's time,
# for reproducible dates in the generated man page; empty outside git).
set(DWHEALTH_SOURCE_COMMIT "" CACHE STRING
    "Source commit named by dwhealth --version (empty: git describe of the checkout)")

set(DWH_SOURCE_COMMIT "${DWHEALTH_SOURCE_COMMIT}")
set(DWH_SOURCE_DATE_EPOCH "")
find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel
                    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} RESULT_VARIABLE _dwh_git_rc
                    OUTPUT_VARIABLE _dwh_git_top OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    # Only this project's own checkout, not a tarball unpacked inside some other repository.
    if(_dwh_git_rc EQUAL 0)
        file(REAL_PATH "${_dwh_git_top}" _dwh_git_top)
        file(REAL_PATH "${PROJECT_SOURCE_DIR}" _dwh_source_dir)
    endif()
    if(_dwh_git_rc EQUAL 0 AND _dwh_git_top STREQUAL _dwh_source_dir)
        if(DWH_SOURCE_COMMIT STREQUAL "")
            execute_process(COMMAND ${GIT_EXECUTABLE} describe --always --dirty --abbrev=12
                            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                            OUTPUT_VARIABLE DWH_SOURCE_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        endif()
        execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%ct
                        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                        OUTPUT_VARIABLE DWH_SOURCE_DATE_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        # Configure again when HEAD or the branch it points to moves (a commit, a checkout).
        execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --symbolic-full-name HEAD
                        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                        OUTPUT_VARIABLE _dwh_git_ref OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        foreach(_dwh_git_file HEAD ${_dwh_git_ref} packed-refs)
            execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --path-format=absolute
                                    --git-path ${_dwh_git_file}
                            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                            OUTPUT_VARIABLE _dwh_git_path OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(_dwh_git_path AND EXISTS "${_dwh_git_path}")
                set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY
                             CMAKE_CONFIGURE_DEPENDS "${_dwh_git_path}")
            endif()
        endforeach()
    endif()
endif()
if(DWH_SOURCE_COMMIT STREQUAL "")
    set(DWH_SOURCE_COMMIT unknown)
endif()
if(NOT DWH_SOURCE_COMMIT MATCHES "^[A-Za-z0-9._+~-]+$")
    message(FATAL_ERROR "DWHEALTH_SOURCE_COMMIT \"${DWH_SOURCE_COMMIT}\" is not a commit name: "
                        "use letters, digits and . _ + ~ - only (for example v0.1.0 or 1a2b3c4d)")
endif()
message(STATUS "dwhealth source commit: ${DWH_SOURCE_COMMIT}")
set(DWH_SOURCE_COMMIT_CPP ${PROJECT_BINARY_DIR}/generated/sourcecommit.cpp)
configure_file(${CMAKE_CURRENT_LIST_DIR}/sourcecommit.cpp.in ${DWH_SOURCE_COMMIT_CPP} @ONLY)
