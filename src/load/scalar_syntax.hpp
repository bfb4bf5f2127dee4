// The lexical rules of orgstar/v1 scalars (docs/format.md: "Ids and references", "Scalars").
#pragma once

#include <string_view>

namespace orgstar {

bool is_decimal_integer(std::string_view text);  // 8, -3, +12
bool is_decimal_number(std::string_view text);   // YAML 1.2 core float without .inf/.nan: 4, 0.35, -1.5e3, .5
bool is_yaml11_boolean(std::string_view text);   // yes/no/on/off/y/n: strings in YAML 1.2
bool is_id(std::string_view text);               // ^[a-z0-9][a-z0-9._-]{0,63}$
bool is_reserved_id(std::string_view text);      // org, all
bool is_kpi_reference(std::string_view text);    // objective-id/kpi-name
bool is_currency_code(std::string_view text);    // ^[A-Z]{3}$: the form of an ISO 4217 alphabetic code
bool is_rule_reference(std::string_view text);   // PROC-002, quality-not-monitored
// Rulesets:
bool is_custom_rule_id(std::string_view text);  // ^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{3}$
bool is_rule_name(std::string_view text);       // ^[a-z0-9]+(-[a-z0-9]+)*$
bool is_waiver_rule(std::string_view text);     // a custom rule id or a rule name: PROC-002, quality-not-monitored
bool is_relative_path(std::string_view text);   // not empty, absolute, ~, a URL or orgstar:
bool is_http_url(std::string_view text);        // http:// or https://, then no blank

// The same id rule, for JSON Schema and for messages.
inline constexpr std::string_view id_pattern_body = "[a-z0-9][a-z0-9._-]{0,63}";
inline constexpr std::string_view rule_reference_pattern = "^[A-Za-z][A-Za-z0-9._-]{0,63}$";
inline constexpr std::string_view custom_rule_id_pattern = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{3}$";
inline constexpr std::string_view rule_name_pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
inline constexpr std::string_view waiver_rule_pattern =
    "^([A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{3}|[a-z0-9]+(-[a-z0-9]+)*)$";
inline constexpr std::string_view relative_path_pattern = "^(?!orgstar:|/|~|[A-Za-z][A-Za-z0-9+.-]*://).+$";
inline constexpr std::string_view http_url_pattern = "^https?://\\S+$";
inline constexpr std::string_view currency_code_pattern = "^[A-Z]{3}$";
inline constexpr std::string_view custom_rule_id_rules =
    "uppercase words of letters and digits joined by '-', ending in a three-digit number, like ACME-001";
inline constexpr std::string_view rule_name_rules =
    "lowercase words of letters and digits joined by '-', like prod-model-two-holders";
inline constexpr std::string_view waiver_rule_rules =
    "a rule id (uppercase words joined by '-', then a three-digit number: PROC-002, ACME-001) or a rule name "
    "(lowercase words of letters and digits joined by '-': quality-not-monitored)";
inline constexpr std::string_view currency_code_rules = "currency codes are three upper-case letters, e.g. USD";
inline constexpr std::string_view id_rules =
    "lowercase letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters";

}  // namespace orgstar
