# kensa --help and --version answer without a display: no DISPLAY, no WAYLAND_DISPLAY, no
# QT_QPA_PLATFORM (QApplication would abort with "could not connect to display").
# cmake -DKENSA=<path> -DVERSION=<x.y.z> -DWORK=<dir> -P GuiCommandLine.cmake
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
# A settings folder of its own, so a language saved by someone's session does not decide.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(ENV{XDG_CONFIG_HOME} "${WORK}")
set(ENV{LANGUAGE} "")

function(expect language args pattern)
    set(ENV{LANG} "${language}")
    set(ENV{LC_ALL} "${language}")
    execute_process(COMMAND "${KENSA}" ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "kensa ${args} (${language}) exited with ${rc}\n${out}\n${err}")
    endif()
    if(NOT out MATCHES "${pattern}")
        message(FATAL_ERROR "kensa ${args} (${language}) printed:\n${out}\n${err}\nexpected: ${pattern}")
    endif()
    if(err MATCHES "display|xcb|platform plugin")
        message(FATAL_ERROR "kensa ${args} looked for a display:\n${err}")
    endif()
endfunction()

expect("C.UTF-8" "--help" "--sample[^\n]*Open the bundled sample message")
expect("C.UTF-8" "--help" "FILE[^\n]*Message \\(.eml, .msg")
expect("C.UTF-8" "-h" "--version")
expect("C.UTF-8" "--version" "^Kensa ${VERSION}\n$")
expect("C.UTF-8" "-v" "^Kensa ${VERSION}\n$")
expect("ja_JP.UTF-8" "--help" "同梱のサンプルメールを開きます")
