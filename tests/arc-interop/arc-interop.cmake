# The ARC interoperability corpus (tests/arc-interop/README.md). Included from tests/CMakeLists.txt,
# so CMAKE_CURRENT_SOURCE_DIR is tests/. The test's source lives in tests/arc-interop/.
kensa_add_test(TestArcInterop SOURCE ${CMAKE_CURRENT_SOURCE_DIR}/arc-interop/TestArcInterop.cpp)
target_compile_definitions(TestArcInterop PRIVATE
    KENSA_CLI="$<TARGET_FILE:kensa-cli>"
    KENSA_ARC_INTEROP_DIR="${CMAKE_CURRENT_SOURCE_DIR}/arc-interop")
add_dependencies(TestArcInterop kensa-cli)
