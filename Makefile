# escapade - a terminal tutor for Go memory and escape analysis.
#
#   make            build ./escapade (runs ./configure first if needed)
#   make run        build and start the tutor
#   make check      every test: unit (plain and ASan/UBSan), analyzer corpus,
#                   lessons lint, command line, terminal (tmux)
#   make bench      analyzer and app speed
#   make goldens    regenerate tests/corpus goldens with the real Go 1.19
#   make fuzz       run the libFuzzer targets for a while (clang)
#   make install / uninstall   honour PREFIX and DESTDIR

VERSION = 0.1.0

all: escapade

-include config.mk

# config.mk is written by ./configure; make re-reads it once it exists.
config.mk: configure
	./configure

PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share
MANDIR = $(DATADIR)/man
CC ?= cc
CFLAGS ?= -O2 -g
BUILD ?= build

WARN = -std=c11 -Wall -Wextra -Werror
DEFS = -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600 \
       -DESCAPADE_VERSION='"$(VERSION)"' -DESCAPADE_DATADIR='"$(DATADIR)/escapade"'
ALL_CFLAGS = $(WARN) $(DEFS) -Iengine -Itui -Icli -I$(BUILD)/gen $(CFLAGS) $(SANFLAGS)

ENGINE_SRC = $(wildcard engine/*.c)
TUI_SRC = $(wildcard tui/*.c)
CLI_SRC = $(wildcard cli/*.c)
STD_STUBS = $(sort $(wildcard engine/std/*.go))

ENGINE_OBJ = $(ENGINE_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/std_data.o
TUI_OBJ = $(TUI_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/%.o)

UNIT_ENGINE_SRC = $(wildcard tests/engine/test_*.c)
UNIT_TUI_SRC = $(wildcard tests/tui/test_*.c)
UNIT_CLI_SRC = $(wildcard tests/cli/test_*.c)
UNIT_BIN = $(UNIT_ENGINE_SRC:%.c=$(BUILD)/%) $(UNIT_TUI_SRC:%.c=$(BUILD)/%) \
           $(UNIT_CLI_SRC:%.c=$(BUILD)/%)

LIBS_ENGINE = $(YAML_LIBS) -lm
LIBS_TUI = $(NCURSES_LIBS)

.PHONY: all run check unit unit-asan corpus lint clitest tuitest bench goldens \
        fuzz install uninstall clean distclean

escapade: $(BUILD)/escapade
	cp $< $@.tmp && mv -f $@.tmp $@

$(BUILD)/escapade: $(CLI_OBJ) $(TUI_OBJ) $(BUILD)/libengine.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(TUI_OBJ) $(BUILD)/libengine.a \
	    $(LIBS_TUI) $(LIBS_ENGINE)

$(BUILD)/libengine.a: $(ENGINE_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/engine/%.o: engine/%.c $(wildcard engine/*.h) | $(BUILD)/gen/std_data.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(YAML_CFLAGS) -c -o $@ $<

$(BUILD)/tui/%.o: tui/%.c $(wildcard tui/*.h engine/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(NCURSES_CFLAGS) -c -o $@ $<

$(BUILD)/cli/%.o: cli/%.c $(wildcard cli/*.h tui/*.h engine/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(NCURSES_CFLAGS) -c -o $@ $<

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -o $@ $<

$(BUILD)/gen/std_data.c: $(BUILD)/tools/embed $(STD_STUBS)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed std_files $(STD_STUBS) > $@.tmp && mv $@.tmp $@

$(BUILD)/gen/std_data.o: $(BUILD)/gen/std_data.c engine/embed.h
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Unit tests: cmocka programs mirroring engine/, tui/ and cli/.
$(BUILD)/tests/engine/%: tests/engine/%.c $(BUILD)/libengine.a $(wildcard tests/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) $(YAML_CFLAGS) -Itests $(LDFLAGS) -o $@ $< \
	    $(BUILD)/libengine.a $(CMOCKA_LIBS) $(LIBS_ENGINE)

$(BUILD)/tests/tui/%: tests/tui/%.c $(TUI_OBJ) $(BUILD)/libengine.a $(wildcard tests/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) $(NCURSES_CFLAGS) -Itests $(LDFLAGS) -o $@ $< \
	    $(TUI_OBJ) $(BUILD)/libengine.a $(CMOCKA_LIBS) $(LIBS_TUI) $(LIBS_ENGINE)

$(BUILD)/tests/cli/%: tests/cli/%.c $(filter-out $(BUILD)/cli/main.o,$(CLI_OBJ)) \
                      $(TUI_OBJ) $(BUILD)/libengine.a $(wildcard tests/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) $(NCURSES_CFLAGS) -Itests $(LDFLAGS) -o $@ $< \
	    $(filter-out $(BUILD)/cli/main.o,$(CLI_OBJ)) $(TUI_OBJ) $(BUILD)/libengine.a \
	    $(CMOCKA_LIBS) $(LIBS_TUI) $(LIBS_ENGINE)

run: escapade
	./escapade

# Every test.  tests/run.sh runs each suite, keeps going past failures and
# ends with one "N passed, N failed" line.
check: escapade $(UNIT_BIN)
	$(MAKE) --no-print-directory BUILD=build/asan \
	    SANFLAGS='-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' \
	    CFLAGS='-O1 -g' unit-bins
	sh tests/run.sh

unit-bins: $(UNIT_BIN)

unit: $(UNIT_BIN)
	sh tests/run.sh unit

$(BUILD)/bench/bench: tests/bench/bench.c $(BUILD)/libengine.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libengine.a $(LIBS_ENGINE)

$(BUILD)/bench/peak: tests/bench/peak.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $<

$(BUILD)/bench/firstframe: tests/bench/firstframe.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< -lutil

bench: escapade $(BUILD)/bench/bench $(BUILD)/bench/peak $(BUILD)/bench/firstframe
	sh tests/bench.sh

goldens:
	sh tests/corpus/regen.sh

fuzz:
	sh tests/fuzz/run.sh

install: escapade
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/escapade/lessons \
	    $(DESTDIR)$(MANDIR)/man1
	install -m 755 escapade $(DESTDIR)$(BINDIR)/escapade
	$(if $(wildcard lessons/*.yaml),install -m 644 $(wildcard lessons/*.yaml) \
	    $(DESTDIR)$(DATADIR)/escapade/lessons/)
	install -m 644 doc/escapade.1 $(DESTDIR)$(MANDIR)/man1/escapade.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/escapade $(DESTDIR)$(MANDIR)/man1/escapade.1
	rm -rf $(DESTDIR)$(DATADIR)/escapade

clean:
	rm -rf build escapade

distclean: clean
	rm -f config.mk config.log
