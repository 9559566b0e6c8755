# Conformance programs over ../shared/conformance (DESIGN.md "Testing"). Included from
# tests/CMakeLists.txt after kensa_add_test and the other tests.

# DKIM (conformance/README.md "DKIM"): the key records served by real nsd servers on loopback,
# one per source, from zones that tests/dns/conformance-zones.sh makes of the record sets;
# SERVFAIL for blackhole2.messiah.edu from nsd itself, the timeout for blackhole.messiah.edu
# from a silent socket inside the test. The ports land in dns-conformance/ports.
set(KENSA_DNS_CONFORMANCE_DIR ${CMAKE_CURRENT_BINARY_DIR}/dns-conformance)
add_test(NAME dns_conformance_start
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/dns/conformance-dns.sh start ${KENSA_DNS_CONFORMANCE_DIR}
            ${KENSA_SHARED_DIR}/conformance/dkim/zones)
set_tests_properties(dns_conformance_start PROPERTIES FIXTURES_SETUP dns_conformance TIMEOUT 180)
add_test(NAME dns_conformance_stop
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/dns/conformance-dns.sh stop ${KENSA_DNS_CONFORMANCE_DIR})
set_tests_properties(dns_conformance_stop PROPERTIES FIXTURES_CLEANUP dns_conformance TIMEOUT 60)
kensa_add_test(TestDkimConformance FIXTURES dns_conformance
    ENV "KENSA_CONFORMANCE_DNS_PORT_FILE=${KENSA_DNS_CONFORMANCE_DIR}/ports")
