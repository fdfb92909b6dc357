# Install rules (GNUInstallDirs) and the Debian package (CPack).
#
#   cmake --install build --prefix /usr/local      # the files
#   cd build && cpack -G DEB                       # pagesift_<version>_<arch>.deb
#
# Layout: pagesift and pagesift-host in bin/; share/pagesift/ mirrors the source tree's
# installer/, manifests/ and extension/ folders, so that the installed install.sh finds
# its templates and extension/EXTENSION_ID.txt where it finds them in a checkout. The
# package's postinst runs that install.sh to write the system-wide manifests, its prerm
# runs uninstall.sh to remove them.
include(GNUInstallDirs)

set(PAGESIFT_SHARE_DIR ${CMAKE_INSTALL_DATADIR}/pagesift)

install(TARGETS pagesift RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET pagesift-host)
  install(TARGETS pagesift-host RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(FILES
  ${PROJECT_SOURCE_DIR}/manifests/org.pagesift.host.chromium.json.in
  ${PROJECT_SOURCE_DIR}/manifests/org.pagesift.host.firefox.json.in
  DESTINATION ${PAGESIFT_SHARE_DIR}/manifests)
install(PROGRAMS
  ${PROJECT_SOURCE_DIR}/installer/install.sh
  ${PROJECT_SOURCE_DIR}/installer/uninstall.sh
  DESTINATION ${PAGESIFT_SHARE_DIR}/installer)
install(FILES ${PROJECT_SOURCE_DIR}/installer/lib.sh DESTINATION ${PAGESIFT_SHARE_DIR}/installer)

# The unpacked Chromium extension, to load from chrome://extensions. Its development
# tools stay out; EXTENSION_ID.txt goes in, for install.sh.
if(NOT EXISTS ${PROJECT_SOURCE_DIR}/extension/EXTENSION_ID.txt)
  message(WARNING "extension/EXTENSION_ID.txt is missing: the package's postinst will fail")
endif()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/extension/
  DESTINATION ${PAGESIFT_SHARE_DIR}/extension
  PATTERN tools EXCLUDE
  PATTERN node_modules EXCLUDE
  PATTERN tests EXCLUDE
  PATTERN "package*.json" EXCLUDE
  PATTERN ".*" EXCLUDE)

if(EXISTS ${PROJECT_SOURCE_DIR}/docs/install.md)
  install(FILES ${PROJECT_SOURCE_DIR}/docs/install.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

# --- The Debian package -----------------------------------------------------------------

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pagesift)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "pagesift maintainers <maintainers@pagesift.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "reader mode for Chromium browsers and Firefox, with a native cleaning engine")
set(CPACK_PACKAGE_DESCRIPTION
    "pagesift turns web pages into a clean, safe reader view. This package holds the\n\
native-messaging host that the pagesift extension talks to, the pagesift command-line\n\
tool (extract, batch, doctor), and the unpacked Chromium extension. Installing it\n\
registers the host with Chrome, Chromium, Edge, Brave and Firefox system-wide.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# The maintainer scripts run the installer, a bash script.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "bash")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Paths as the installed package sees them, for the maintainer scripts.
set(PACKAGE_SHARE_DIR ${CPACK_PACKAGING_INSTALL_PREFIX}/${PAGESIFT_SHARE_DIR})
set(PACKAGE_HOST_PATH ${CPACK_PACKAGING_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/pagesift-host)
foreach(script postinst prerm)
  configure_file(${PROJECT_SOURCE_DIR}/installer/debian/${script}.in
                 ${PROJECT_BINARY_DIR}/debian/${script} @ONLY
                 FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
                                  GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_BINARY_DIR}/debian/postinst ${PROJECT_BINARY_DIR}/debian/prerm)

include(CPack)
