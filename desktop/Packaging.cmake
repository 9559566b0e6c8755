# `cpack -G DEB` in the build folder: a Debian package of kensa and kensa-cli for Debian 12.
# Library dependencies come from dpkg-shlibdeps; the Qt platform plugins (loaded at run time,
# so invisible to it) are named here.
set(CPACK_PACKAGE_NAME kensa)
set(CPACK_PACKAGE_VENDOR "The Kensa maintainers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "email authentication checker: why a message was delivered, spammed or rejected")
set(CPACK_PACKAGE_DESCRIPTION "Kensa re-verifies an email message itself (DKIM, ARC, SPF, DMARC,
reverse DNS, the Received hops) instead of trusting what its headers say,
and judges it against the sender requirements of Gmail, Yahoo, Apple iCloud
and Outlook.com. It reads .eml and Outlook .msg files, mbox files and the
source pages of webmail, in English and Japanese. The package holds the
window (kensa) and the command line (kensa-cli).")
set(CPACK_PACKAGE_CONTACT "${KENSA_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KENSA_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "publicsuffix, fonts-noto-cjk")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR DEB)
include(CPack)
