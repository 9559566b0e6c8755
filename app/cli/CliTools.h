#pragma once

#include <QStringList>

// The ad-hoc commands postmasters reach for when a record changes:
//   kensa-cli spf --ip IP --mailfrom ADDR [--helo NAME]   check_host() with its trace
//   kensa-cli dmarc DOMAIN                                 the policy that applies to DOMAIN
// Both take --dns, --zone, --offline, --json and --lang like the main command. They return the
// same exit codes (0 done, 2 usage error, 3 a zone file could not be read).
int runSpfCommand(const QStringList &arguments);
int runDmarcCommand(const QStringList &arguments);
