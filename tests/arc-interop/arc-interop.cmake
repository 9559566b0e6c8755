# The ARC interoperability corpus (tests/arc-interop/README.md). Included from tests/CMakeLists.txt,
# so CMAKE_CURRENT_SOURCE_DIR is tests/. Mirrors kensa_add_test(), whose source path is fixed to
# tests/${name}.cpp; this test's source lives in tests/arc-interop/.
qt_add_executable(TestArcInterop ${CMAKE_CURRENT_SOURCE_DIR}/arc-interop/TestArcInterop.cpp)
target_link_libraries(TestArcInterop PRIVATE Qt6::Core Qt6::Test)
target_compile_definitions(TestArcInterop PRIVATE
    KENSA_CLI="$<TARGET_FILE:kensa-cli>"
    KENSA_ARC_INTEROP_DIR="${CMAKE_CURRENT_SOURCE_DIR}/arc-interop")
add_dependencies(TestArcInterop kensa-cli)
add_test(NAME TestArcInterop COMMAND TestArcInterop)
set_tests_properties(TestArcInterop PROPERTIES
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;LANGUAGE="
    TIMEOUT 300)
