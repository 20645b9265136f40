#!/bin/sh
# t_mouse.sh - the mouse wheel.  tmux's `send-keys -M` only forwards the
# mouse event a key binding is handling, so it cannot make one up; instead
# the test types the bytes a terminal sends for a wheel event in the SGR
# (1006) mouse protocol that xterm-256color's kmous names: ESC [ < 64;X;Y M
# for wheel up, 65 for wheel down.  tmux passes them to the app as input,
# and ncurses turns them into KEY_MOUSE with BUTTON4/BUTTON5_PRESSED, as a
# real terminal's wheel would.  The wheel must do what three arrow keys do,
# and the terminal's mouse mode must be switched off again at exit.
. tests/tui/lib.sh

wheel_down() { T send-keys -t 0 -H 1b 5b 3c 36 35 3b 31 30 3b 35 4d; }   # ESC[<65;10;5M
wheel_up() { T send-keys -t 0 -H 1b 5b 3c 36 34 3b 31 30 3b 35 4d; }     # ESC[<64;10;5M
mouse_on() { [ "$(T display -p -t 0 '#{mouse_sgr_flag}#{mouse_any_flag}')" = 11 ]; }
mouse_off() { [ "$(T display -p -t 0 '#{mouse_any_flag}')" = 0 ]; }

# settle NAME: keep the screen (with its attributes: the selection is
# reverse video) once the app has drawn; is NAME: the screen equals it
# (polled, since the app redraws after reading the input).
settle() {
    screen_attrs >"$TMPD/snap-$1"
    i=0
    while [ $i -lt 50 ]; do      # until two looks 0.3 s apart agree
        sleep 0.3
        screen_attrs >"$TMPD/snap-next"
        cmp -s "$TMPD/snap-next" "$TMPD/snap-$1" && return 0
        mv "$TMPD/snap-next" "$TMPD/snap-$1"
        i=$((i + 1))
    done
}
is() {
    i=0
    while [ $i -lt 50 ]; do
        screen_attrs | cmp -s - "$TMPD/snap-$1" && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

# Home: the wheel moves the selection by three lessons.
start 80 24
check "the app starts" wait_for "Lessons"
check "the app turns on SGR mouse reporting" mouse_on
keys Down Down Down
settle three_downs
keys Up Up Up
settle home
moved_sel() { ! cmp -s "$TMPD/snap-home" "$TMPD/snap-three_downs"; }
check "three Downs move the selection" moved_sel
wheel_down
check "wheel down on home moves the selection as three Downs do" is three_downs
wheel_up
check "wheel up moves it back" is home

# Reader: the wheel scrolls the text three lines.
keys Enter
check "a lesson opens" wait_for "Go Memory & Escape Analysis"
settle top
keys Down Down Down
settle scrolled
keys Up Up Up
check "the arrows scroll back to the top" is top
wheel_down
check "wheel down scrolls the lesson as three Downs do" is scrolled
moved() { ! cmp -s "$TMPD/snap-top" "$TMPD/snap-scrolled"; }
check "the lesson really moved" moved
wheel_up
check "wheel up scrolls back" is top
keys q q
check "the app quits" wait_for "[exit 0]"
check "mouse reporting is off after exit" mouse_off
finish
