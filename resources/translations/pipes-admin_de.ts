<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../src/core/ApiError.cpp" line="+9"/>
        <source>WorkOS rejected the request as malformed (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WorkOS rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WorkOS did not accept the API key (HTTP 401). The key came from %1: check it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WorkOS did not accept the API key (HTTP 401). Check the key configured for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not allowed to do this (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WorkOS has not enabled additional connections for this team yet (HTTP 404 multiple_connections_unavailable): repair the existing connection with a reconnect link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found (HTTP 404): the user, organization or connected account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found (HTTP 404): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WorkOS timed out waiting for the request (HTTP 408).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several connections match and none was named (HTTP 409 account_selection_required): choose one by its id. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request conflicts with the current state (HTTP 409): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WorkOS could not process the request (HTTP 422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WorkOS could not process the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WorkOS rate-limited the request (HTTP 429) and asked to wait more than an hour. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>WorkOS rate-limited the request (HTTP 429). Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WorkOS rate-limited the request (HTTP 429). Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WorkOS had a server error (HTTP %1). Try again; if it persists, quote the request id to WorkOS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WorkOS answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WorkOS answered with HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request timed out: WorkOS did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect: the server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not connect: the server&apos;s name could not be resolved. Check the network and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: the server&apos;s certificate was not trusted. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network connection failed during the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer was too large and was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected response from the server: it did not match what the WorkOS API documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server redirected the request somewhere it cannot safely follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiStatusBar</name>
    <message>
        <location filename="../../src/gui/ApiStatusBar.cpp" line="+30"/>
        <source>Requests in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the last error with its request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WorkOS environment this window talks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 request in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier error (%1; later requests went through): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Last error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Earlier error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAvailability</name>
    <message>
        <location filename="../../src/gui/AuditAvailability.cpp" line="+47"/>
        <source>the audit log is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every disconnect and connect link is recorded in the shared audit store %1 before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared audit store %1 does not answer: disconnects and connect links are refused until it is back; reads go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit log unavailable: disconnecting and connect links are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every disconnect and connect link is recorded before it is sent, and the audit log cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 action from an earlier session ended with an unknown outcome — see History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 actions from an earlier session ended with an unknown outcome — see History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unfinished actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipes Admin ended before WorkOS answered them, so they may or may not have happened. Open History (Ctrl+H) and check those accounts&apos; current state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLocation</name>
    <message>
        <location filename="../../src/audit/AuditLocation.cpp" line="+50"/>
        <source>The audit database URL is not valid: postgresql://USER@HOST:PORT/DBNAME expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit database URL must not contain a password: put it in ~/.pgpass (or PGPASSFILE) or in the keychain through Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The audit database URL names no database: postgresql://USER@HOST:PORT/DBNAME expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown sslmode &quot;%1&quot; in the audit database URL (one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../src/audit/AuditImport.cpp" line="+33"/>
        <location filename="../../src/audit/AuditLog.cpp" line="+261"/>
        <location line="+65"/>
        <location filename="../../src/audit/AuditLogLinks.cpp" line="+60"/>
        <source>The audit log is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditJournal.cpp" line="+70"/>
        <source>The answer came while the shared audit store was unreachable: the outcome is kept in the local journal of %1 and written when the store is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Audit: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit: local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit: shared (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit: server unreachable, disconnects are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n outcome(s) waiting in the local journal)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditLog.cpp" line="-187"/>
        <source>The audit log %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The program ended (crash or kill) before the answer was recorded: check the account&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The audit database %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No free audit record id was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The audit database is unreachable: the outcome of record %1 is kept in %2 and written when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No audit record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditLogConnection.cpp" line="+32"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian: apt install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The audit database %1 refused the login: wrong password for &quot;%2&quot; (the password stored in the keychain through Settings was tried after ~/.pgpass or PGPASSFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit database %1 refused the login: wrong or missing password for &quot;%2&quot; (check ~/.pgpass, PGPASSFILE or the password in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the audit database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected to %1, but its schema (version %2) was written by a newer Pipes Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1. The audit tables are created on first use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditLogLinks.cpp" line="+93"/>
        <source>Link %1 is no longer waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No link %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditLogSchema.cpp" line="+169"/>
        <source>it was written by a newer version of Pipes Admin (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the login &quot;%1&quot; may not create the audit tables (%2); an administrator grants it CREATE on the database&apos;s schema, or creates them once with this program, then grants SELECT, INSERT, UPDATE on actions and links and SELECT on audit_schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditRecord.cpp" line="+65"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected — gone on retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <location filename="../../src/audit/AuditService.cpp" line="+12"/>
        <location line="+12"/>
        <source>The audit log is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>less than a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 disconnected %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 made a connect link for %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 saw %2 reconnected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 checked the %2 token %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/audit/AuditService.h" line="+139"/>
        <source>Cancelled before the answer came. Check the account&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../src/audit/AuditTableModel.cpp" line="+345"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation type="unfinished">Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTicket</name>
    <message>
        <location filename="../../src/audit/AuditTicket.cpp" line="+10"/>
        <source>Pipes Admin stopped waiting for the answer (the window or environment closed). Check the account&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced by a newer request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCommands</name>
    <message>
        <location filename="../../src/cli/BatchCommands.cpp" line="+59"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: %1 has no email addresses or user ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling: the calls in flight finish first (Ctrl-C again stops at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1/%2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, waiting for the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n line(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s), %1 outcomes (one per connection): %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No provider &quot;%1&quot; is configured in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>INPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+60"/>
        <source>USER ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONNECTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>MISSING SCOPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REQUEST ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Dry run: nothing was changed. %n connection(s) would be disconnected: run again with --yes to disconnect each one marked will_disconnect, by its id.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded in the audit log as %1. Access was NOT revoked on the providers&apos; side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchEngine</name>
    <message>
        <location filename="../../src/batch/BatchEngine.cpp" line="+171"/>
        <location line="+186"/>
        <location filename="../../src/batch/BatchEngineAnswers.cpp" line="+169"/>
        <source>Cancelled before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>No connection id: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit log could not be written, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Cancelled while the request was in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/batch/BatchEngineAnswers.cpp" line="-34"/>
        <source>Connection %1: disconnected — gone on retry (the first answer was lost; the request sent again found it deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection %1 was already gone (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No user has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than one user has the email address %1; list them by user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No provider &quot;%1&quot; is configured in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected: nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; connections are shared by the organization, not the user&apos;s own: disconnect them one at a time for the organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchGridDelegate</name>
    <message>
        <location filename="../../src/gui/batch/BatchGridDelegate.cpp" line="+39"/>
        <source>%1 (%2 connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <location filename="../../src/batch/BatchInput.cpp" line="+234"/>
        <source>No email address or user id in this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>This is an organization id; list users by email address or user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A malformed user id (user_ followed by letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>Not an email address or a user id (user_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Repeats line %1; it is processed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ignored: not an email address or a user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 repeated (processed once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 line with ignored words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 lines with ignored words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: “%2” %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 16 MB; split it into smaller batches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOutcomes</name>
    <message>
        <location filename="../../src/batch/BatchItem.cpp" line="+38"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation type="unfinished">Getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambiguous email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultModel</name>
    <message>
        <location filename="../../src/batch/BatchResultModel.cpp" line="+115"/>
        <source>%1 (%2 connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n connection(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>missing scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <location filename="../../src/gui/batch/BatchResultsView.cpp" line="+41"/>
        <source>Save the rows shown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows shown as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 row exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows exported to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../ui/batch/BatchWindow.ui"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Users: one email address or user id per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>One email address or user id (user_…) per line, or a CSV with an email or user_id column. Lines starting with # are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Load &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Load email addresses or user ids from a text or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Or&amp;ganization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>org_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Load &amp;members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Replace the list with every member of this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Scope requests to this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Read and disconnect the accounts connected within this organization (organization_id) instead of the users&apos; personal ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Advanced &amp;options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>How fast the batch goes: requests in flight and the request budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Requests in flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>How many requests the batch keeps in flight at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Reads per 10 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>WorkOS allows 1,000 user-management reads per 10 seconds per environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Writes per 10 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>WorkOS allows 500 user-management writes per 10 seconds per environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Requests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>WorkOS allows 6,000 requests a minute overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;WorkOS defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Reset to WorkOS published limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Read every provider of every user: a users × providers grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Disconnect &amp;provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The provider slug, e.g. github</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Reason or ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>optional, kept in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Pre&amp;view disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Dry run: reads only, lists which accounts would be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <location filename="../../src/gui/batch/BatchWindow.cpp" line="+208"/>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished">&amp;Trennen…</translation>
    </message>
    <message>
        <location/>
        <source>Delete exactly the previewed accounts, after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <location filename="../../src/gui/batch/BatchWindow.cpp" line="+6"/>
        <source>P&amp;ause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Re&amp;try failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>R&amp;esults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished">F&amp;ilter:</translation>
    </message>
    <message>
        <location/>
        <source>email, user id or detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Pro&amp;blems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Results, one row per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/batch/BatchWindow.cpp" line="-178"/>
        <source>Batch – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a PRODUCTION environment: a batch disconnect asks for the provider&apos;s slug to be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>WorkOS answered 429 Too Many Requests: waiting %1 before carrying on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading members… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 member of %1 loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 members of %2 loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the members of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>&amp;Disconnect %n connection(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete exactly the previewed connections, by id, after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No audit log: batch disconnects are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The preview was dropped because the users, provider or scope changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking every provider of every user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previewing (reads only, nothing is changed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit log unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The audit log cannot be written, so nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not confirmed: nothing was sent. The preview is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disconnecting %1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Retrying the failed lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status checked. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Disconnect of %1 finished. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stop the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A batch is still running. Cancel it and close the window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued users are not sent; deletions already sent are waited for so their outcome is recorded. The window closes when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/batch/BatchWindowSources.cpp" line="+31"/>
        <source>Load users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lists and CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is larger than 16 MB; split it into smaller batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading members of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchWindowText</name>
    <message>
        <location filename="../../src/gui/batch/BatchWindowText.cpp" line="+33"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n connection(s) needing attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) not found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n line(s) not recognized</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 users/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting: rate limited by WorkOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list of users changed: the results below are for the previous list. Check or preview again to update them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;esults — for the previous list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;esults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preview for %1 (nothing was changed): %2 of %3 will be deleted, %4 already absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, 1 line with a problem (see the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %1 lines with a problem (see the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnect %1 for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 of %2 in %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and %1 more (all listed in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the PRODUCTION environment: the customers&apos; real connections are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already without a %2 connection: nothing is sent for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WorkOS removes the stored tokens; access is not revoked on the provider&apos;s side. Each deletion is written to the audit log before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../../src/cli/CliApp.cpp" line="+108"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>batch needs a subcommand: check or disconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+263"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-247"/>
        <source>%1 takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>users needs exactly one of --email or --organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit must be a number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is an organization: its shared connections take no --organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disconnect removes the stored tokens of %1&apos;s %2 connection and cannot be undone; add --yes to confirm. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--add makes a link for another connection and --connection one that repairs an existing connection: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a link for %1&apos;s shared connection needs --member USER_ID: the active member who authorizes for the organization (they do not become its owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--member is for an organization&apos;s shared connection (authorize-url org_... SLUG --member USER_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a WorkOS user id (they look like user_01H...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs --input FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--concurrency must be a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a provider slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch disconnect needs exactly one of --dry-run (list what would be disconnected) or --yes (disconnect). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Error: No API key: set WORKOS_API_KEY to the WorkOS API key of the environment (sk_test_... or sk_live_...), or configure an environment in Pipes Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error: No API key for the environment &quot;%1&quot;: %2 Store one in Pipes Admin&apos;s Settings, or set WORKOS_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>--return-to needs a complete https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliAppHistory.cpp" line="+45"/>
        <source>Error: the audit log could not be opened, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--since needs 7d, 24h, 30m or an ISO date such as 2024-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--action must be disconnect or connect_link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--outcome must be succeeded, gone_on_retry, already_absent, failed, cancelled, pending or outcome_unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--limit must be a number, 0 for all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliErrors</name>
    <message>
        <location filename="../../src/cli/CliErrors.cpp" line="+50"/>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;redacted API key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardHelper</name>
    <message>
        <location filename="../../src/widgets/ClipboardHelper.cpp" line="+15"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandSpecs</name>
    <message>
        <location filename="../../src/cli/CommandSpec.cpp" line="+19"/>
        <source>Organization scope (org_...): for organization-owned providers, and for accounts a user holds per organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ticket reference or reason, recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File of email addresses and user ids (or - for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests in flight at most, 1 to 64 (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Find users by email address or organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the users with an email address, or the members of an organization. Without --all only the first page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the members of this organization (org_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users per page, 1 to 100 (WorkOS&apos;s default is 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the page cursors through every page (about 4 requests a second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows a user&apos;s profile: email, name, verification, sign-in and timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every provider with each of the owner&apos;s connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists every provider configured in the environment and, under each, every connection of OWNER: a user id (user_..., the user&apos;s own connections) or an organization id (org_..., the connections it shares with its members). Each connection shows its label, the provider account, its state and why WorkOS changed it, missing scopes (configured but not granted) and its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show one connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows one of OWNER&apos;s connections for a provider (by slug, e.g. github). When the owner has several, name one with --connection (the ids are listed by providers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>The connection (data_installation_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Disconnect one connection (removes its stored tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnects exactly one of OWNER&apos;s connections for a provider: WorkOS deletes its stored access and refresh tokens. Access is NOT revoked on the provider&apos;s side. The connection is read first; when there are several, nothing is sent until one is named with --connection. Requires --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to disconnect (data_installation_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the disconnection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a link that connects or repairs a provider connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks WorkOS for an authorization link and prints it. Without --add or --connection the link connects or repairs OWNER&apos;s first (compatibility) connection; --add connects another one; --connection repairs exactly that one. For an organization&apos;s shared connection (OWNER org_...) --member names the active member who authorizes for it. Only https links (or http on this computer) are printed or opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect another account (connection_intent add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair this connection (connection_intent reauthorize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For org_... owners: the member who authorizes for the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the browser goes after authorizing (https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also open the link in the default browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also hand a message with the link to the mail client, addressed to the user (for org_... owners: the --member). The message is the one of Settings → Messages or the administrator&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the connected accounts of many users (a list or CSV file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads email addresses and user ids from FILE (one per line, or a CSV file with a column named email, user_id or id; &apos;#&apos; starts a comment) and shows every provider&apos;s state and missing scopes for each user. Emails are looked up first; lines that are not usable are reported, never dropped. Requests stay within WorkOS&apos;s published rate limits. Exit status 5 when any line did not end as &quot;checked&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only this provider (slug, e.g. github).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnect one provider for many users, after a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks up every user of FILE (see batch check) and lists which accounts of provider SLUG exist (will_disconnect) and which are already absent. With --dry-run nothing else happens. With --yes the listed accounts are then disconnected, each one recorded in the audit log before its request is sent and completed after it. Access is NOT revoked on the providers&apos; side. Exit status 5 when any line did not end as intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only list what would be disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the listed accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explain why a connection is broken: summary, timeline, support block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the Pipes events of the last 30 days (or --since) and the owner&apos;s provider row, and prints a summary in plain words with the next step, the connection&apos;s timeline and the owner&apos;s, newest first, with the provider&apos;s own error words, and a block to paste to WorkOS support. OWNER is a user (user_...) or an organization (org_..., its shared connections). Without --connection the compatibility connection is diagnosed. --check-token asks WorkOS for exactly that connection&apos;s token to see whether it is active, when it expires and which scopes it lacks: WorkOS may refresh the token, so it is done only when asked, recorded in the audit log (never the token), and refused where the administrator forbids it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Events since: 30d (the default), 24h, 90m or an ISO date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Also check the connection&apos;s token (may make WorkOS refresh it; audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a shared connection&apos;s token check: the active member it acts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Event pages read at most (default 10); the output says when capped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Events per page, 1 to 100 (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>List a user&apos;s or an organization&apos;s Pipes events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the Pipes events (both families: pipes.connected_account.* and pipes.account_connection.*) of one owner, newest first: connected, needs reauthorization, disconnected, connection failed and add failed, with the provider&apos;s own words. The API has no user filter: Pipes Admin reads the environment&apos;s events and keeps the owner&apos;s. Names this version does not know are shown as they came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only this provider (slug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the audit log of disconnects and connect links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the recorded actions, newest first: time (UTC), action, outcome, user, provider, HTTP status, request id, batch and reason. &quot;outcome_unknown&quot; marks an action whose program ended (crash or kill) before the answer was recorded, or whose answer waits in this workstation&apos;s local journal for the shared store; &quot;gone_on_retry&quot; a disconnect whose first answer was lost and whose resend found the connection already deleted. --json adds the operator, workstation, server time and connection of each record. Needs no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only actions since this time: 7d, 24h, 30m or an ISO date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this user id (or a part of the email address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this provider slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only disconnect or connect_link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only succeeded, gone_on_retry, already_absent, failed, cancelled, pending or outcome_unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only actions of this operator (display name or OS login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only actions from this workstation (host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N actions (default 100; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print CSV (every column) instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy this workstation&apos;s SQLite history into the shared audit store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies every record of the local SQLite history (the default file, or FILE) into the PostgreSQL store named by PIPES_ADMIN_AUDIT_DATABASE or the provisioning file. Records already there are skipped, so running it again copies nothing twice. Needs no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SQLite history to copy (default: this workstation&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the connect links handed out: which the customer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks the waiting connect links of the environment once (Pipes events, or a few connection reads where events cannot be read), then lists the tracked links, newest first: id, state, age, customer, provider, the connection it targets, who issued it and the ticket. A link is waiting until its connection is connected or updated after it was issued (completed), a newer link for the same connection replaces it (superseded) or it is closed by hand (closed); a link waiting longer than the stale age (24 hours; the setting links/staleAfterHours) shows stale. Without --all only waiting and stale links are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List every link, completed, superseded and closed ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only; ask the API nothing (needs no API key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a tracked link by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops following the waiting link ID (from `links`): it shows closed. Nothing is sent to WorkOS: the link itself may still work. Needs no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Environment configured in Pipes Admin (default: $PIPES_ADMIN_ENVIRONMENT, else the active one). Its key comes from the keychain unless WORKOS_API_KEY is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API base URL (default: $PIPES_ADMIN_BASE_URL, else https://api.workos.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print JSON (stable, sorted keys) instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send each request once: no retries on 429, 5xx or timeouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no browser or mail client could be started (--open, --mail); the link was printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage error, malformed id or slug (nothing sent), disconnect without --yes or, with several connections, without --connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found (HTTP 404), nothing to disconnect, or already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other API error (other HTTP errors, malformed response); batch: a line did not end as intended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the API key (else the environment&apos;s key from the keychain; never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the environment to use; --environment wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audit log file (default: the desktop app&apos;s, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage: %1 [--environment NAME] [--base-url URL] [--json] [--no-retry] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>authentication: WORKOS_API_KEY missing, or HTTP 401/403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network error (timeout, connection refused, DNS, TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WorkOS returned an unsafe link: refused, not printed or opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit log could not be written: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the API base URL; --base-url wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find WorkOS users and manage their Pipes connected accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: %1 [global options] %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/cli/Commands.cpp" line="+43"/>
        <source>Warning: the outcome could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>list_metadata.after repeated the cursor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: WorkOS returned the same page cursor twice while listing users; stopped after %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: stopped after %1 pages, the most one listing fetches; narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No users found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users listed: %1 (pages fetched: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More users match; run again with --all to list every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No providers are configured in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/ConnectionCommands.cpp" line="+64"/>
        <source>Error: the audit log could not be written, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Error: no provider &quot;%1&quot; is configured for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 has %n %2 connection(s); name one with --connection ID:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Error: %1 has no %2 connection %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its %1 connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: %1 is not connected to %2: there is nothing to disconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1 has %2 %3 connections; choose one with --connection ID. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disconnected %1 connection %2 (%3) for %4 — gone on retry: the first answer was lost and the request sent again found the connection already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: connection %1 (%2) was already gone: WorkOS answered 404, nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>WorkOS could not tell which connection to delete. %1&apos;s %2 connections now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run again with --connection ID. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnected %1 connection %2 (%3) for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Its other %n %1 connection(s) were not touched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WorkOS removed the organization&apos;s stored access and refresh tokens. Access was NOT revoked on the provider&apos;s side: an administrator of the provider account can revoke it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WorkOS removed the stored access and refresh tokens. Access was NOT revoked on the provider&apos;s side: the user can revoke it in the provider&apos;s own settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>WorkOS returned an unsafe link; it was refused and not handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error: WorkOS returned a link that is not safe to open or share, so it was refused: %1 (link: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error: the link was refused and not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opened the link in the default browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Handed a message with the link to the mail client (to %1): check it and send it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Error: the email address of %1 could not be read, so no link was made for --mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning: the message template uses {%1}, which has no value; it is left in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: %1 is not an address a mail client can take; the message has no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error: the message was refused and not handed to the mail client: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationDialog</name>
    <message>
        <location filename="../../src/widgets/ConfirmationDialog.cpp" line="+79"/>
        <location line="+28"/>
        <source>&amp;Ticket or reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Ticket or reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. SUP-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded with this action in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To confirm, type &lt;b&gt;%1&lt;/b&gt; below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectLinkDialog</name>
    <message>
        <location filename="../../ui/ConnectLinkDialog.ui"/>
        <source>Send a connect link</source>
        <translation>Verbindungslink senden</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location/>
        <source>Organization for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Return to:</source>
        <translation>&amp;Zurück zu:</translation>
    </message>
    <message>
        <location/>
        <source>Return URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Get link</source>
        <translation>Link &amp;holen</translation>
    </message>
    <message>
        <location/>
        <source>Get the connect link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>The link appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Connect link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <location/>
        <source>Copy the link to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Open in browser…</source>
        <translation>Im &amp;Browser öffnen…</translation>
    </message>
    <message>
        <location/>
        <source>Open the link in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Watch for the customer to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <location/>
        <source>Watch the connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location/>
        <source>Stop watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConnectLinkDialog.cpp" line="+75"/>
        <source>Connect link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConnectLinkDialogOrganization.cpp" line="+16"/>
        <source>None (personal account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is owned by an organization, and %2 belongs to none: WorkOS cannot make a link for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is owned by an organization: choose which of %2&apos;s organizations the link is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ConnectLinkDialog.cpp" line="-27"/>
        <source>Whoever opens it connects &lt;i&gt;their own&lt;/i&gt; %1 account for the whole organization: every member uses it. Send it only to this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whoever opens it connects &lt;i&gt;their own&lt;/i&gt; %1 account to this user: send it only to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect link for %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A link that lets &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;) repair exactly one %3 connection: &lt;code&gt;%4&lt;/code&gt;. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link that lets &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;) repair exactly one %3 connection: &lt;b&gt;%4&lt;/b&gt; (&lt;code&gt;%5&lt;/code&gt;). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link for another %1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link that lets &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;) add another &lt;b&gt;%3&lt;/b&gt; connection beside the ones they have. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A link that lets &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;) connect &lt;b&gt;%3&lt;/b&gt;. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current state: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a ticket or reason if you have one, then press Get link. Every link is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The return URL is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>WorkOS returned an unsafe link; it was refused and not handed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No link was requested: it could not be recorded in the audit log (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking WorkOS for a link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send this link to the customer. It connects whoever opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server returned a link that is not safe to hand out, so it cannot be copied or opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied. Paste it into your reply to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This link will not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the connect link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whoever opens this link connects their own %1 account to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you sign in to %1 in your browser, YOUR account will be connected to the customer. Open it only to test, with a test account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The browser could not be started. Copy the link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Watching (every %1 s)… current state: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopped watching after %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <source>Could not check (%1); still watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Watching… current state: %1 (checked %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watching… still %1 (checked %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer finished: %1 is now connected (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State changed to %1 (%2); still watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Seen while watching the connect link: connected account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/ConnectLinkDialog.ui"/>
        <source>optional https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Where the customer lands after connecting (optional, https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Ticket or reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>optional, e.g. SUP-1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Recorded with the link in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Ticket or reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Email to customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Opens your mail client with a message to the customer: the link, what they will see and that it must not be forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Email the link to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Copy &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Copies the same message, for a chat tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Copy the message for the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectLinkMessenger</name>
    <message>
        <location filename="../../src/gui/ConnectLinkMessenger.cpp" line="+32"/>
        <source>The message template uses %1, which Pipes Admin has no value for: it is left in the text as it is (Settings → Messages lists the placeholders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>There is no link that is safe to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The message was not handed to the mail client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail client could not be started. Use Copy message and paste it into your mail instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message is in your mail client, without a recipient: %1 is not an address it can take, so type it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message to %1 is in your mail client: check it and send it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copied the message with the link. Paste it into your chat with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <location filename="../../src/config/ConnectionResolver.cpp" line="+44"/>
        <source>No environment is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known environments: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no environment named &quot;%1&quot; (from %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ad hoc (WORKOS_API_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No environment is configured yet. Add one in the environment settings, or set WORKOS_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The base URL cannot be changed with %1: your administrator has locked the environments on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The base URL from %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Work against the environment named &lt;name&gt; (overrides PIPES_ADMIN_ENVIRONMENT and the saved choice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &lt;url&gt; as the API base URL (https, or http on this computer only; overrides PIPES_ADMIN_BASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provisioning file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first configured environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the environment&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WORKOS_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <location filename="../../src/core/ConnectionStatus.cpp" line="+17"/>
        <source>(no state)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>1 needs reauthorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need reauthorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n disconnected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in an unknown state</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs reauthorization</source>
        <translation>Neu autorisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>needs reauthorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected, missing scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the member who established it left the organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../src/config/ConnectionTester.cpp" line="+26"/>
        <source>Connected to %1: the API key was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopLinkNotifier</name>
    <message>
        <location filename="../../src/gui/links/LinkNotifier.cpp" line="+18"/>
        <source>Pipes Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisBuilder</name>
    <message>
        <location filename="../../src/session/DiagnosisSummary.cpp" line="+46"/>
        <source>Send a reconnect link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect link for an organization admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a connect link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token check: active, expires %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token check: active, no expiry given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token lacks %1: send a reconnect link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token check: needs reauthorization (WorkOS hands out no token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token check: not installed (WorkOS finds no connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token check: inactive, WorkOS says “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pipes Admin knows no state for this %1 connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The admin who established this shared connection left the organization; an organization admin must connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 connection needs reauthorization: the customer must connect it again; send a reconnect link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 connection is disconnected: the customer must connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 connection is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WorkOS reports the state “%1”, which this version of Pipes Admin does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WorkOS gives the reason “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer did not grant %1; send a reconnect link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last attempt failed %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>No Pipes events for this connection in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only the newest %n page(s) of events were read (the page cap): older events may be missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to repair from here: connected, with every configured scope granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pipes connection diagnosis for WorkOS support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(the compatibility connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Missing scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no request id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failure events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/session/DiagnosisTimeline.cpp" line="+11"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected</source>
        <translation type="unfinished">Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation type="unfinished">Getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reauthorization</source>
        <translation type="unfinished">Neu autorisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>WorkOS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>provider said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(names no connection: may concern another connection of this provider)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisCommands</name>
    <message>
        <location filename="../../src/cli/DiagnosisCommands.cpp" line="+40"/>
        <source>&quot;%1&quot; is neither a user id (user_...) nor an organization id (org_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a provider slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--since needs 30d, 24h, 90m or an ISO date such as 2024-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--max-pages must be a number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--page-size must be a number from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a connection id (data_installation_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--organization needs an organization id (org_...) and a user as the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--check-token of a shared connection needs --member USER_ID: the active member the check acts for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Error: the administrator does not allow token checks for the environment &quot;%1&quot; (provisioning file: allowTokenCheck=false). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Error: the audit log could not be opened, so no token check was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning: the outcome could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Error: the audit log could not be written, so no token check was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../../src/gui/diagnosis/DiagnosisDialog.cpp" line="+52"/>
        <source>Diagnosis: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Connection %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(every connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation type="unfinished">Anbieter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The provider said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timeline of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the token asks WorkOS for this connection&apos;s access token. WorkOS may refresh the token to answer, which can change the connection. The token itself is never shown or kept; the audit log records that a check was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy for WorkOS support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The administrator does not allow token checks in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token checks are recorded in the audit log, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shared connection&apos;s token check needs an active member to act for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask WorkOS whether this connection&apos;s token is active (WorkOS may refresh it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the Pipes events of the last 30 days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The events could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events as read a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1
Event ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
(This failure names no connection: it may concern another connection of this provider.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was sent: the audit log could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisOutput</name>
    <message>
        <location filename="../../src/cli/DiagnosisOutput.cpp" line="+76"/>
        <source>Diagnosis of %1&apos;s %2 connection %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(every connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of this connection (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline of %1 (every provider, newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for WorkOS support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EVENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROVIDER SAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No Pipes events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only the newest %n page(s) of events were read (the page cap): older events may be missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisconnectController</name>
    <message>
        <location filename="../../src/gui/DisconnectController.cpp" line="+63"/>
        <source>Access is NOT revoked on %1&apos;s side: the grant stays listed in the customer&apos;s %1 settings until they remove it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer can connect again later with a connect link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the PRODUCTION environment: the customer&apos;s real connection is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Already disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was already disconnected for %2. The table is being refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect %1 · %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnect the %1 connection &quot;%2&quot; (%3) of %4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the %1 connection &quot;%2&quot; (%3) of %4 in %5?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WorkOS removes the stored access and refresh tokens for this one connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the only %1 connection: none remains after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other %1 connection(s) will remain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: this connection is shared by the organization %1 with every member. Disconnecting it removes it for all of them, not just one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The window stopped waiting for WorkOS&apos;s answer (environment switched or window closed). Check the account&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not disconnected for %2: the action could not be written to the audit log, so nothing was sent to WorkOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Disconnected — gone on retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was disconnected for %2: the first answer was lost and the request sent again found the connection already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disconnect failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be disconnected for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <location filename="../../src/config/Environment.cpp" line="+56"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the environment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An environment named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base URL cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The colour must be written as #rrggbb, for example #c62828.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentConnector</name>
    <message>
        <location filename="../../src/session/EnvironmentConnector.cpp" line="+50"/>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>The demo sandbox could not be started on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The base URL %1 is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the WORKOS_API_KEY environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no API key for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key stored for &quot;%1&quot; in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API key is stored for &quot;%1&quot; yet. Open Settings… (Ctrl+,) to store one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key for &quot;%1&quot; cannot be read: no keychain is available (%2). Open Settings… (Ctrl+,) to keep a key in memory for as long as the app runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API key for &quot;%1&quot; could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentListModel</name>
    <message>
        <location filename="../../src/models/EnvironmentListModel.cpp" line="+41"/>
        <source>%1 (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Given when Pipes Admin was started; not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentSettingsDialog</name>
    <message>
        <location filename="../../ui/settings/EnvironmentSettingsDialog.ui"/>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Keep keys in &amp;memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Keys you enter are kept only while Pipes Admin runs and are never written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Use this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <location filename="../../src/gui/settings/EnvironmentSettingsDialog.cpp" line="+166"/>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <location filename="../../src/gui/settings/EnvironmentSettingsDialog.cpp" line="+235"/>
        <source>&amp;Save environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Stored key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>New &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <location filename="../../src/gui/settings/EnvironmentSettingsDialog.cpp" line="+17"/>
        <source>Store &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Forget key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/settings/EnvironmentSettingsDialog.cpp" line="-391"/>
        <source>Remove environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>#rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for the default colour of the kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You can still choose the environment to use and store its API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisioning file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Remove the environment &quot;%1&quot; and forget its API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Environment of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>From %1; not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key yet: the key entered here is stored when the environment is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown: the keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Storing the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key kept in memory until Pipes Admin quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Key forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No system keychain: API keys are kept in memory only and are forgotten when Pipes Admin quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>API keys cannot be stored. You can keep them in memory for as long as Pipes Admin runs; they are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Add environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An environment cannot be renamed: add a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up by your administrator: read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only: locked by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used for this session only: it was given when Pipes Admin started, with the API key from %1. It is not saved and cannot be changed here; add an environment to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replace &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/EnvironmentSettingsDialog.ui"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Environments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <location filename="../../src/config/EnvironmentStore.cpp" line="+47"/>
        <source>Your administrator has locked the environments on this workstation: they cannot be added, changed or removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+33"/>
        <location line="+21"/>
        <source>There is no environment named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; was set up by your administrator and cannot be changed or removed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentTestRunner</name>
    <message>
        <location filename="../../src/gui/settings/EnvironmentTestRunner.cpp" line="+38"/>
        <source>Enter an API key to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No API key is stored for this environment: enter one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpTopics</name>
    <message>
        <location filename="../../src/gui/HelpTopics.cpp" line="+14"/>
        <source>For each, the first match wins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• Environment: --environment NAME, then PIPES_ADMIN_ENVIRONMENT, then the environment last chosen in this window, then the administrator&apos;s default, then the first configured one. An unknown name is an error, never a silent fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• Base URL: --base-url URL, then PIPES_ADMIN_BASE_URL, then the environment&apos;s own base URL (https; plain http only to this computer; overrides are refused when the administrator locked the environments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• API key: WORKOS_API_KEY, then the key stored for the environment in the system keychain (Settings…). There is no command-line option for the key: command lines are visible to other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With no environment configured, WORKOS_API_KEY alone gives an environment for this session only (production unless the key starts with sk_test_). The overrides belong to the environment chosen at start: choosing another one in the selector uses its own URL and stored key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No environment is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In use now: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use now: %1 at %2, with the API key from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which key and URL are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — disconnect the selected provider (in the providers table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or double-click — open the selected user, or the user of a History record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+C — copy the selected ids or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + the underlined letter — the button or field it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc or Ctrl+W — close History; Esc closes a dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <location filename="../../src/cli/HistoryCommand.cpp" line="+87"/>
        <source>Error: the local history %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error: import-local copies into a shared store: set PIPES_ADMIN_AUDIT_DATABASE or the provisioning file&apos;s [audit] database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error: nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 record(s) from %2 into %3; %4 were there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REQUEST ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recorded actions match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history/HistoryWindow.ui"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Only actions started in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>E&amp;nvironment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Only actions in this environment (exact name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>user id or part of the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>slug, e.g. github</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Only this kind of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Out&amp;come:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Only actions that ended this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Read the audit log again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Save every record that matches the filters as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Audit records, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Request &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>no request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Copy the request id (for WorkOS support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Everything recorded about the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Select a record to see everything the audit log keeps about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/history/HistoryWindow.cpp" line="+42"/>
        <source>History – audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>O&amp;perator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>display name or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workstation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+155"/>
        <source>1 record matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason or ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By: %1 (login %2) on %3 (process %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This record names no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The main window is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is open in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkMessageSettings</name>
    <message>
        <location filename="../../src/config/LinkMessageSettings.cpp" line="+52"/>
        <source>Your administrator set this message for every user of this computer; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkMessages</name>
    <message>
        <location filename="../../src/core/LinkMessage.cpp" line="+62"/>
        <source>the customer&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer&apos;s name (their email when WorkOS has no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider, e.g. Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection a reconnect link repairs; a line with it is left out when there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connect link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name, as set on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect your {provider} account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello {customer_name},

Please open this link to connect your {provider} account:

{link}

Connection: {connection}

You will first see a WorkOS screen that names the account the connection is attached to ({customer_email}). Check that it is yours, then sign in to {provider} with your own account.

This link is for you only: please do not forward it. Whoever opens it can attach their own {provider} account to yours.

Best regards,
{support_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your support team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRecord</name>
    <message>
        <location filename="../../src/audit/LinkRecord.cpp" line="+77"/>
        <source>Stale (still waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <location filename="../../src/gui/links/LinkTableModel.cpp" line="+107"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · first connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Issued %1 UTC in %2 by %3 on %4; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completed by connection %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider / connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTracker</name>
    <message>
        <location filename="../../src/session/LinkTracker.cpp" line="+84"/>
        <source>No link is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <location line="+22"/>
        <source>%n link(s) completed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksCommand</name>
    <message>
        <location filename="../../src/cli/LinksCommand.cpp" line="+50"/>
        <source>(another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Warning: the waiting links could not all be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No open links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISSUED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TICKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refreshed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error: &quot;%1&quot; is not a link id (a number from `links --all`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error: link %1 was not closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed link %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksDesk</name>
    <message>
        <location filename="../../src/gui/links/LinksDesk.cpp" line="+102"/>
        <source>A customer used their link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 completed the %2 link issued by %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (ticket %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksWindow</name>
    <message>
        <location filename="../../src/gui/links/LinksWindow.cpp" line="+25"/>
        <source>&amp;Close link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links – connect links handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open links (waiting, stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stop following the selected link. Nothing is sent to WorkOS: the link itself may still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed. It is no longer followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the waiting links of %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to an environment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n link(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No environment is connected: waiting links are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting links of %1 are checked in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui"/>
        <location filename="../../src/gui/MainWindow.cpp" line="+336"/>
        <source>Pipes Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location/>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Find user…</source>
        <translation>Benutzer &amp;suchen…</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Send connect &amp;link…</source>
        <translation>Verbindungs&amp;link senden…</translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location/>
        <source>Disconnect the selected provider (Delete in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Clear recent users</source>
        <translation>Zuletzt geöffnete Benutzer &amp;leeren</translation>
    </message>
    <message>
        <location/>
        <source>&amp;About Pipes Admin</source>
        <translation>Ü&amp;ber Pipes Admin</translation>
    </message>
    <message>
        <source>Pipes Admin — %1</source>
        <translation type="vanished">Pipes Admin — %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="+9"/>
        <source>&lt;b&gt;Demo data&lt;/b&gt; — an in-process sandbox at %1. Nothing here touches a real WorkOS account. Try alice@acme.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Production&lt;/b&gt; — %1. Changes affect real customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-288"/>
        <source>API keys are kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain is available, so API keys are kept only until Pipes Admin quits. They are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The main window is not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record is from %1 and the main window shows %2: switch it to %1 to open the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <location line="+223"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WorkOS environment this window works against. Switching clears every view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not available in demo mode (started with --demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check or disconnect many users at once, starting with the users selected in the list (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to an environment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every disconnect and connect link, with its outcome (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unavailable: the audit log cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Team audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the API key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Pipes Admin cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pipes Admin - [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Production: %1&lt;/b&gt; — %2. Changes affect real customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No environment is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Pipes Admin</source>
        <translation>Über Pipes Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipes Admin %1 — a support desk for WorkOS Pipes connected accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Environment: %1 (%2)</source>
        <translation>Umgebung: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.ui"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Environments, base URLs and API keys (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>&amp;Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Connect links handed out, and which customers used them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Which &amp;key and URL are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>Keyboard &amp;shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesSettingsPage</name>
    <message>
        <location filename="../../src/gui/settings/MessagesSettingsPage.cpp" line="+26"/>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What &quot;Email to customer…&quot; and &quot;Copy message&quot; send with a connect link. Placeholders in braces are filled in for each link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;code&gt;{%1}&lt;/code&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show a waiting link as stale after, in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Administrator&apos;s (%n h)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Default (%n h)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stale is a reminder to follow up with the customer, not an expiry: WorkOS documents no lifetime for a connect link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Following links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a waiting link as s&amp;tale after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>This is your own message; Reset to default brings back %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the one your administrator set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the message your administrator set; your edits replace it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the built-in message; your edits replace it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not a placeholder, left in the message as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationMembersLoader</name>
    <message>
        <location filename="../../src/session/OrganizationMembersLoader.cpp" line="+55"/>
        <source>WorkOS returned the same page cursor twice while listing the members; stopped after %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDetailsPane</name>
    <message>
        <location filename="../../src/gui/ProviderDetailsPane.cpp" line="+39"/>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Raw JSON of the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the raw JSON, e.g. to paste into a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a provider to see every detail of its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Provider&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation type="unfinished">Kennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization (one account shared by every member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Connections&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected: the owner has never connected, or was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select one of the connections below the provider to see it and act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Connection&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compatibility connection (what clients that know one connection per provider see)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation type="unfinished">Inhaber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The organization (shared with every member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+7"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes</source>
        <translation type="unfinished">Erteilte Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing scopes</source>
        <translation type="unfinished">Fehlende Scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected since</source>
        <translation type="unfinished">Verbunden seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last updated</source>
        <translation type="unfinished">Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>ProviderTableModel</name>
    <message>
        <source>Connected</source>
        <translation type="vanished">Verbunden</translation>
    </message>
    <message>
        <source>User</source>
        <translation type="vanished">Benutzer</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="vanished">Organisation</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="vanished">Anbieter</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="vanished">Kennung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="vanished">Inhaber</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation type="vanished">Erteilte Scopes</translation>
    </message>
    <message>
        <source>Missing scopes</source>
        <translation type="vanished">Fehlende Scopes</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="vanished">Verbunden seit</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="vanished">Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>ProviderTreeModel</name>
    <message>
        <location filename="../../src/models/ProviderTreeModel.cpp" line="+125"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/models/ProviderTreeModelData.cpp" line="+14"/>
        <location line="+135"/>
        <source>User</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+133"/>
        <location line="+98"/>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>compatibility connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared by the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>established by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unlabelled connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · connection %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configured for this provider but not granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Provider / connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slug</source>
        <translation type="unfinished">Kennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation type="unfinished">Inhaber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted scopes</source>
        <translation type="unfinished">Erteilte Scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing scopes</source>
        <translation type="unfinished">Fehlende Scopes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation type="unfinished">Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderTreeView</name>
    <message>
        <location filename="../../src/gui/ProviderTreeView.cpp" line="+16"/>
        <source>Providers and the user&apos;s connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+209"/>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Send connect link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPanel</name>
    <message>
        <location filename="../../src/gui/ProvidersPanel.cpp" line="+39"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="vanished">Nur &amp;Probleme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/gui/ProvidersPanelActions.cpp" line="+188"/>
        <source>Send connect &amp;link…</source>
        <translation>Verbindungs&amp;link senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add another connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dia&amp;gnose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the providers of %1…</source>
        <translation>Lade die Anbieter von %1…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · the connections it shares with its members · &lt;code&gt;%2&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Choose a user from the search results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>No providers are configured in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No link requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The providers could not be read again, so nothing was done: the rows shown are an older answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the providers again before acting on the older rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to disconnect: the selected %1 connection of %2 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProvidersPanelLayout.cpp" line="+40"/>
        <location line="+1"/>
        <source>Copy the user id</source>
        <translation>Benutzer-ID kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask WorkOS again (F5)</source>
        <translation>WorkOS erneut fragen (F5)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Why the selected connection is in its state: WorkOS&apos;s events, the reason, the provider&apos;s own error, and a token check when you ask for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get a link that adds another connection to the selected provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unavailable: the audit log cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization scope:</source>
        <translation type="vanished">&amp;Organisation:</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="vanished">F&amp;ilter:</translation>
    </message>
    <message>
        <source>Filter providers</source>
        <translation type="vanished">Anbieter filtern</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove the stored tokens of the selected connection (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProvidersPanelActions.cpp" line="+5"/>
        <location filename="../../src/gui/ProvidersPanelLayout.cpp" line="+1"/>
        <source>Get a link the customer opens to (re)connect (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProvidersPanelLayout.cpp" line="+23"/>
        <source>Find a user on the left (Ctrl+F) to see every provider and their connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/gui/ProvidersPanel.cpp" line="-244"/>
        <source>&lt;b&gt;No user selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Benutzer ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+24"/>
        <location line="+59"/>
        <location line="+171"/>
        <source>Select a provider to see every detail of its connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-180"/>
        <source>This user no longer exists in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>WorkOS does not know this user or organization (HTTP 404).
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The providers could not be loaded.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-138"/>
        <location line="+204"/>
        <source>No user selected.</source>
        <translation>Kein Benutzer ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../src/gui/ProvidersPanelActions.cpp" line="-131"/>
        <source>Disconnected %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected %1 for %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Send reconnect &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one of the connections to send its reconnect link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A shared connection is connected by an organization admin: open that member (or run pipes-admin-cli authorize-url %1 SLUG --member USER_ID)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersTableArea</name>
    <message>
        <location filename="../../src/gui/ProvidersTableArea.cpp" line="+20"/>
        <source>&amp;Show all providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clear the filter and &quot;Problems only&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>1 provider hidden by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 providers hidden by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;As of %1 — refresh failed:&lt;/b&gt; %2 The rows stay greyed until a refresh (F5) succeeds; an action on them reads them again first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvisioningFile</name>
    <message>
        <location filename="../../src/config/ProvisioningFile.cpp" line="+81"/>
        <source>The provisioning file %1 cannot be read; environments are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The provisioning file %1 is not valid; environments are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>[%1]: unknown kind &quot;%2&quot;; treated as production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[%1]: colour &quot;%2&quot; is not #rrggbb; the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[%1] was skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtPrompter</name>
    <message>
        <location filename="../../src/widgets/QtPrompter.cpp" line="+57"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentUsersModel</name>
    <message>
        <location filename="../../src/models/RecentUsersModel.cpp" line="+39"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeUrl</name>
    <message>
        <location filename="../../src/core/SafeUrl.cpp" line="+22"/>
        <source>The link is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link is relative; only complete https links are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links with the &quot;%1:&quot; scheme are never opened; only https links are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link&apos;s host carries a network interface name, which is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link carries a user name or password, which is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain http is only allowed to this computer (loopback); %1 must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only a mailto: message draft may be handed to the mail client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message draft is not a plain mailto: address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>The message draft may name one plain address only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message draft may only carry a subject and a body, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message subject may not contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An API base URL cannot carry a query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../src/gui/ScopeBar.cpp" line="+24"/>
        <source>&amp;Problems only</source>
        <translation type="unfinished">Nur &amp;Probleme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organization scope:</source>
        <translation type="unfinished">&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts scoped to an organization, and organization-owned accounts, only show with an organization selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished">F&amp;ilter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>provider, status, scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter providers</source>
        <translation type="unfinished">Anbieter filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, missing scopes or an unknown state</source>
        <extracomment>%1 and %2 are connection statuses, as in the table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+19"/>
        <source>None (personal accounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · shared</source>
        <extracomment>a scope of the selector: the connections the organization %1 shares with its members</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connections %1 shares with every member (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeSummary</name>
    <message>
        <location filename="../../src/gui/ScopeSummary.cpp" line="+14"/>
        <source>What needs attention in every scope of this user: the personal accounts and each organization. Click a scope to show it in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems in every organization scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is missing scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <extracomment>%1 is a provider, %2 its connection status (&quot;Slack needs reauthorization&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading every organization scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/gui/SearchPanel.cpp" line="+48"/>
        <location line="+23"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fi&amp;nd a user</source>
        <translation>Benutzer &amp;finden</translation>
    </message>
    <message>
        <source>email, user_… or org_…</source>
        <translation type="vanished">E-Mail, user_… oder org_…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>email or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by email, user id or organization id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter these users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the users found by email, name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order of the users found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email Z–A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Load more users</source>
        <translation>Weitere Benutzer laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recently opened users</source>
        <translation>Zuletzt geöffnete Benutzer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copy user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search for a customer to see their connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type an email, a user id (user_…) or an organization id (org_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter lists the users with this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter opens this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter lists this organization&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This id is malformed: after the prefix only letters and digits are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an email, a user id (user_…) or an organization id (org_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Type an email, a user id or an organization id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an email address, a user id (user_…) or an organization id (org_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching for %1…</source>
        <translation>Suche nach %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No user has the email %1.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no user with the id %1 in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no organization with the id %1 in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listing the members of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no organization with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Members of %1 (first %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 users found.</source>
        <translation>%1 Benutzer gefunden.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../src/config/SecretStore.cpp" line="+24"/>
        <location line="+128"/>
        <location line="+12"/>
        <source>No API key is stored for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-135"/>
        <source>The keychain refused access to the API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not delete the API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The system keychain is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system keychain is not available on this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedConnectionsModel</name>
    <message>
        <location filename="../../src/models/SharedConnectionsModel.cpp" line="+209"/>
        <source>Could not read its shared connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+3"/>
        <source>%n shared connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%1 · %n with a problem</source>
        <extracomment>%1 is &quot;2 shared connections&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Organization / connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation type="unfinished">Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedConnectionsSection</name>
    <message>
        <location filename="../../src/gui/SharedConnectionsSection.cpp" line="+30"/>
        <source>&amp;Show in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the organization&apos;s shared connections in the table above, to disconnect or reconnect the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connections shared by the user&apos;s organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&lt;b&gt;Shared with %1&lt;/b&gt; by %2: every member uses these connections</source>
        <extracomment>%1 is the member&apos;s email; %2 is &quot;2 organizations&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/gui/StartPage.cpp" line="+12"/>
        <source>&amp;Add an environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name a WorkOS environment, its API base URL, and store its API key in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the app against a sandbox with made-up customers; nothing touches WorkOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Welcome to Pipes Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workstation does not know any WorkOS environment yet. Add one with its API base URL and API key (kept in your system&apos;s keychain), or look around in demo mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No WorkOS environment is available and you cannot add one: %1 Ask your administrator, or look around in demo mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamAuditSettingsPage</name>
    <message>
        <location filename="../../src/gui/settings/TeamAuditSettingsPage.cpp" line="+25"/>
        <source>Store in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name every record gives as the operator, e.g. &quot;Sam Lee&quot;. Empty: the OS login. The OS login is recorded beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL password (stored in the keychain, never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to the audit store now and say whether it can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The local file needs no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Records name you by your OS login, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records name you &quot;%1&quot; (OS login %2 kept beside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+66"/>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>A password for %1 is stored in the keychain; it is used when ~/.pgpass, PGPASSFILE or a service file do not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password is stored in the keychain for %1: libpq&apos;s own sources (~/.pgpass, PGPASSFILE, service files) are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The password is stored in the keychain. Restart Pipes Admin to open the audit store with it (Test tries it now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password is removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to the audit store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextOutput</name>
    <message>
        <location filename="../../src/cli/TextOutput.cpp" line="+60"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OWNERSHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONNECTION ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>MISSING SCOPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation type="unfinished">Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes</source>
        <translation type="unfinished">Erteilte Scopes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auth method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secret ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected since</source>
        <translation type="unfinished">Verbunden seit</translation>
    </message>
</context>
<context>
    <name>UrlOpener</name>
    <message>
        <location filename="../../src/cli/UrlOpener.cpp" line="+38"/>
        <source>Could not write the open log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no desktop session to open a browser in; copy the link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no desktop session to start a mail client in; copy the link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desktop could not open the link in a browser; copy the link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop could not start a mail client; copy the link instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <location filename="../../src/models/UserListModel.cpp" line="+28"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
%2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkOsClient</name>
    <message>
        <location filename="../../src/core/WorkOsClient.cpp" line="+25"/>
        <source>&lt;redacted API key&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../src/core/WorkOsClientDiagnosis.cpp" line="+30"/>
        <source>The page size must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a WorkOS user id (they look like user_01H...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a WorkOS organization id (they look like org_01H...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a provider slug (lower-case letters, digits, &apos;-&apos; and &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The API base URL is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key is configured for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Memberships need a user id or an organization id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>An organization&apos;s shared connection has no other organization scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a connected account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A disconnect needs the connection&apos;s id (connected_account_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A reconnect link names exactly one connection by its id, and only a reconnect link does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The return URL is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/core/WorkOsClientDiagnosis.cpp" line="-13"/>
        <source>&quot;%1&quot; is not a WorkOS %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; is not a provider slug.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/gui/Workspace.cpp" line="+71"/>
        <source>An email, a user id (user_…) or an organization id (org_…); Enter finds. F6 goes to the providers table, Ctrl+F comes back here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+36"/>
        <source>Start an in-process sandbox with demo data and use it (no configuration, no API key, the keychain is not touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support desk for WorkOS Pipes connected accounts.

Environments and their API keys are managed in Settings (Ctrl+,); keys live in the system keychain.
Environment variables: PIPES_ADMIN_ENVIRONMENT, PIPES_ADMIN_BASE_URL and WORKOS_API_KEY (the key is never accepted on the command line). See the README for the precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>pipes-admin: could not start the demo sandbox on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
