# What `cmake --install` puts under the prefix, and the .deb that CPack builds from it.
#
# Generated at build time from the built binary, so that none of them can drift from the code:
#   man pages    orgstar-mangen (the command tree that --help prints)
#   completions  orgstar completion bash|zsh|fish
#   JSON Schemas orgstar schema org|config|ruleset|report
include(GNUInstallDirs)

set(ORGSTAR_GENERATED_DIR ${CMAKE_BINARY_DIR}/share)
set(_orgstar_schema_formats org config ruleset report)
set(_orgstar_schema_files)
foreach(format IN LISTS _orgstar_schema_formats)
  list(APPEND _orgstar_schema_files ${ORGSTAR_GENERATED_DIR}/schemas/${format}.schema.json)
endforeach()
set(_orgstar_completion_files ${ORGSTAR_GENERATED_DIR}/completions/orgstar.bash
    ${ORGSTAR_GENERATED_DIR}/completions/_orgstar ${ORGSTAR_GENERATED_DIR}/completions/orgstar.fish)

add_custom_command(
  OUTPUT ${ORGSTAR_GENERATED_DIR}/man.stamp
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${ORGSTAR_GENERATED_DIR}/man
  COMMAND orgstar-mangen ${ORGSTAR_GENERATED_DIR}/man ${ORGSTAR_VERSION_DATE}
  COMMAND ${CMAKE_COMMAND} -E touch ${ORGSTAR_GENERATED_DIR}/man.stamp
  DEPENDS orgstar-mangen
  COMMENT "Writing the man pages")
add_custom_command(
  OUTPUT ${_orgstar_completion_files} ${_orgstar_schema_files}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${ORGSTAR_GENERATED_DIR}/completions ${ORGSTAR_GENERATED_DIR}/schemas
  COMMAND orgstar completion bash > ${ORGSTAR_GENERATED_DIR}/completions/orgstar.bash
  COMMAND orgstar completion zsh > ${ORGSTAR_GENERATED_DIR}/completions/_orgstar
  COMMAND orgstar completion fish > ${ORGSTAR_GENERATED_DIR}/completions/orgstar.fish
  COMMAND orgstar schema org > ${ORGSTAR_GENERATED_DIR}/schemas/org.schema.json
  COMMAND orgstar schema config > ${ORGSTAR_GENERATED_DIR}/schemas/config.schema.json
  COMMAND orgstar schema ruleset > ${ORGSTAR_GENERATED_DIR}/schemas/ruleset.schema.json
  COMMAND orgstar schema report > ${ORGSTAR_GENERATED_DIR}/schemas/report.schema.json
  DEPENDS orgstar
  COMMENT "Writing the shell completions and the JSON Schemas")
add_custom_target(orgstar_generated_files ALL
  DEPENDS ${ORGSTAR_GENERATED_DIR}/man.stamp ${_orgstar_completion_files} ${_orgstar_schema_files})

install(TARGETS orgstar RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${ORGSTAR_GENERATED_DIR}/man/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${ORGSTAR_GENERATED_DIR}/completions/orgstar.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME orgstar)
install(FILES ${ORGSTAR_GENERATED_DIR}/completions/_orgstar DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${ORGSTAR_GENERATED_DIR}/completions/orgstar.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${_orgstar_schema_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/orgstar/schemas)
install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md")
# The example organizations are where a consultant starts; their expected reports are the test suite's business.
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples
        PATTERN "expected" EXCLUDE PATTERN "invalid" EXCLUDE)

# The .deb: `cpack -G DEB` in the build directory. Its Depends come from the binary (dpkg-shlibdeps).
set(ORGSTAR_PACKAGE_MAINTAINER "orgstar maintainers <maintainers@orgstar.invalid>" CACHE STRING
    "The Maintainer field of the .deb")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME orgstar)
set(CPACK_PACKAGE_VENDOR orgstar)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "orgstar describes an organization along Galbraith's Star Model (strategy, structure, processes, rewards, people) \
in YAML, validates it with located errors, runs a catalogue of rules, scores each facet and their alignment, and \
reports the gaps in Markdown and HTML for people and in JSON, SARIF, JUnit and CI annotations for machines.")
set(CPACK_PACKAGE_CONTACT "${ORGSTAR_PACKAGE_MAINTAINER}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY orgstar)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
