# The programs and the PDF module carry no RPATH or RUNPATH: every library they load is the
# system's, and an empty entry (which CMake once left in them) makes the dynamic loader look in
# the current folder.
#   cmake -DPROGRAMS="a;b" -P NoRunPath.cmake
find_program(READELF readelf REQUIRED)
foreach(program IN LISTS PROGRAMS)
    execute_process(COMMAND ${READELF} --dynamic ${program} OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "readelf could not read ${program}")
    endif()
    if(NOT dynamic MATCHES "\\(NEEDED\\)")
        message(FATAL_ERROR "${program} lists no shared library: not the dynamic section expected")
    endif()
    if(dynamic MATCHES "\\((RUNPATH|RPATH)\\)[^\n]*")
        message(FATAL_ERROR "${program} has a search path: ${CMAKE_MATCH_0}")
    endif()
endforeach()
# kensa-cli starts without QtGui and the libraries it brings (about 11 ms of every start): only
# --pdf needs them, through the module it then loads (ui/export/PdfModule.h).
if(DEFINED CLI)
    execute_process(COMMAND ${READELF} --dynamic ${CLI} OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR dynamic MATCHES "\\(NEEDED\\)[^\n]*libQt6(Gui|Widgets|PrintSupport)")
        message(FATAL_ERROR "kensa-cli links a GUI library: ${CMAKE_MATCH_0}")
    endif()
endif()
