#pragma once

// Pasted lists and CSV files, as support staff produce them.
namespace BatchInputCases {
inline const char *const PlainList =
    "alice@acme.com\n"
    "user_01H00000000012PBHEDEF4EVRB\n"
    "\n"
    "# the Slack incident\n"
    "bob@acme.com\n";
inline const char *const CsvWithHeader =
    "\xEF\xBB\xBF" "name,email,notes\r\n"
    "\"Liddell, Alice\",alice@acme.com,\"said \"\"hi\"\"\"\r\n"
    "Bob,bob@acme.com,\r\n"
    "Nobody,,empty\r\n";
inline const char *const CsvWithUserIdColumn =
    "id;email\n"
    "user_01H0000000002Z2S6DB5PY4DG9;bob@acme.com\n";
inline const char *const CsvNoHeader =
    "Alice,alice@acme.com\n"
    "Carol,carol@globex.com,extra\n";
inline const char *const Problems =
    "alice@acme.com\n"
    "org_01H0000000001Q235TVG3TEPXA\n"
    "user_12-3\n"
    "hello world\n"
    "ALICE@acme.com\n";
} // namespace BatchInputCases
