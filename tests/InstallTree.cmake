# `cmake --install` into a fresh prefix puts every file where a desktop and dpkg expect it.
# cmake -DBUILD=<build dir> -DPREFIX=<dir> -DMODULE=<the PDF module, relative> -DSAMPLES=<dir>
#       -P InstallTree.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()
set(expected
    bin/kensa
    bin/kensa-cli
    ${MODULE}
    share/applications/kensa.desktop
    share/icons/hicolor/scalable/apps/kensa.svg
    share/man/man1/kensa.1.gz
    share/man/man1/kensa-cli.1.gz
    share/doc/kensa/copyright
    share/doc/kensa/changelog.gz)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}\n${out}")
    endif()
endforeach()
# The installed programs run from there (no path into the build tree is needed).
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
foreach(program kensa kensa-cli)
    execute_process(COMMAND "${PREFIX}/bin/${program}" --version RESULT_VARIABLE rc OUTPUT_VARIABLE version
                    ERROR_VARIABLE err TIMEOUT 30)
    if(NOT rc EQUAL 0 OR NOT version MATCHES "^Kensa|^kensa")
        message(FATAL_ERROR "bin/${program} --version: ${rc}\n${version}\n${err}")
    endif()
endforeach()
# kensa-cli --pdf finds its module where the install put it.
execute_process(COMMAND "${PREFIX}/bin/kensa-cli" --offline --zone "${SAMPLES}/newsletter.zone"
                        --pdf "${PREFIX}.pdf" "${SAMPLES}/newsletter.eml"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err TIMEOUT 60)
file(READ "${PREFIX}.pdf" head LIMIT 5 HEX)
file(REMOVE "${PREFIX}.pdf")
if(NOT rc EQUAL 0 OR NOT head STREQUAL "255044462d") # "%PDF-"
    message(FATAL_ERROR "bin/kensa-cli --pdf: ${rc}\n${err}")
endif()
# Nothing else: no test programs, no headers, no libraries but the module.
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
list(SORT installed)
list(SORT expected)
if(NOT installed STREQUAL expected)
    message(FATAL_ERROR "installed files differ:\n  ${installed}\nexpected:\n  ${expected}")
endif()
# The desktop entry starts the installed program by name and names the installed icon.
file(READ "${PREFIX}/share/applications/kensa.desktop" entry)
if(NOT entry MATCHES "\nExec=kensa %f\n" OR NOT entry MATCHES "\nIcon=kensa\n")
    message(FATAL_ERROR "kensa.desktop does not start kensa with its icon:\n${entry}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
