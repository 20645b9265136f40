/* cli.h - the subcommands of the escapade command. */
#ifndef ESC_CLI_H
#define ESC_CLI_H

#endif
