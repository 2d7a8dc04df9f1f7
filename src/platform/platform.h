// SPDX-License-Identifier: MIT
// The only place with operating-system calls: the console (is it a terminal, typed characters
// hidden for the secret prompt) and Ctrl+C. POSIX (Linux, macOS) and Windows branches behind
// one interface; plain C++ (no Qt), so the Windows branch compiles with MinGW on Linux too.
#pragma once

namespace dwh::platform {

enum class Stream { Input, Output, Error };

/** true when `stream` is a terminal (a console), not a file or a pipe. */
bool isTerminal(Stream stream);

/** Shows (true) or hides (false) what is typed on the input terminal. false when the input is
 *  not a terminal or its mode could not be changed (nothing was changed then). */
bool setInputEcho(bool enabled);

/** From now on Ctrl+C and termination requests (SIGINT, SIGTERM; Windows: Ctrl+C, Ctrl+Break,
 *  console closed) are counted (interruptCount) instead of ending the process. false when that
 *  could not be set up. */
bool catchInterrupts();

/** Back to the default: Ctrl+C ends the process. */
void releaseInterrupts();

/** How many interrupts arrived since the process started; safe from any thread. */
int interruptCount();

} // namespace dwh::platform
