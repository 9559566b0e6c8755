# The DKIM interoperability corpus (tests/interop/README.md). Included from tests/CMakeLists.txt,
# so CMAKE_CURRENT_SOURCE_DIR is tests/. The test's source lives in tests/interop/.
kensa_add_test(TestDkimInterop SOURCE ${CMAKE_CURRENT_SOURCE_DIR}/interop/TestDkimInterop.cpp)
target_compile_definitions(TestDkimInterop PRIVATE
    KENSA_CLI="$<TARGET_FILE:kensa-cli>"
    KENSA_INTEROP_DIR="${CMAKE_CURRENT_SOURCE_DIR}/interop")
add_dependencies(TestDkimInterop kensa-cli)
