/* progress.h - the learner's state: progress, position, quiz history and the
 * spaced-repetition schedule, kept in one YAML file.
 *
 * The file is $XDG_STATE_HOME/escapade/progress.yaml (see paths.h).  It is
 * written with libyaml's emitter and read with libyaml's parser.  Every save
 * is atomic: a temporary file in the same directory, fsync, rename over the
 * old file, fsync of the directory.  So a kill at any moment leaves either
 * the old or the new file, and callers that save after each answer lose at
 * most that answer.
 *
 * Nothing here prints.  Problems come back as one message string in
 * Progress.message (for loading) or in the caller's buffer (for saving);
 * the caller shows it and carries on: a damaged file is renamed to
 * progress.yaml.damaged-YYYYMMDDTHHMMSSZ (-2, -3... when several are set
 * aside within one second; the newest PROGRESS_DAMAGED_KEEP are kept) and
 * the state starts empty; a
 * read-only home makes saves fail with a message but never stops the app.
 *
 * Typical use (the tutor):
 *     Progress *p = progress_open(NULL);          // NULL: the XDG dir
 *     if (p->message) show(p->message);
 *     ProgressLesson *l = progress_lesson(p, "escape-basics");
 *     ... l->block, l->scroll: where to resume ...
 *     progress_set_position(p, "escape-basics", block, scroll, nblocks);
 *     progress_record_answer(p, &(ProgressAnswer){...});
 *     if (progress_save(p, err, sizeof err) != 0) show(err);
 *     progress_free(p);
 */
#ifndef ESC_PROGRESS_H
#define ESC_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "quiz.h"   /* ReviewState: the SM-2 schedule quiz.c computes */

/* Per lesson: where the learner is and how far they got. */
typedef struct ProgressLesson {
    char *id;
    int block;          /* current block index (resume here) */
    int scroll;         /* line offset inside that block, or the screen */
    int seen;           /* blocks seen: highest block index reached + 1 */
    int blocks;         /* the lesson's block count when last shown (0 unknown) */
    bool completed;     /* reached the last block */
    int answered;       /* quiz questions answered in this lesson, all time */
    int correct;        /* ... of which correct */
    time_t visited;     /* last time the lesson was open (0 never) */
} ProgressLesson;

/* Per question: the spaced-repetition card.  The schedule is SM-2 as
 * quiz_review_update (quiz.h) computes it: review.due is when to ask again
 * (a missed question: ten minutes later; right answers: 1 day, 6 days,
 * then the interval times the ease). */
typedef struct ProgressCard {
    char *lesson;
    char *question;     /* the question id inside its lesson */
    ReviewState review; /* ease, interval (days), reps, lapses, due */
    int right, wrong;   /* answer counts */
    time_t last;        /* last answered */
} ProgressCard;

/* One answered question, kept in the history (newest last). */
typedef struct ProgressAnswer {
    char *lesson;
    char *question;
    char *answer;       /* what the learner answered, as text (may be NULL) */
    bool correct;
    time_t when;
    double seconds;     /* time taken to answer */
    int quality;        /* SM-2 grade 1..5 (quiz_quality); 0: from correct */
} ProgressAnswer;

/* Copies of damaged progress files kept beside it, newest first. */
#define PROGRESS_DAMAGED_KEEP 5

/* The history keeps the newest PROGRESS_HISTORY_MAX answers. */
#define PROGRESS_HISTORY_MAX 1000

typedef struct Progress {
    char *path;             /* the progress file; NULL if no home at all */
    char *current;          /* lesson open last, to resume; NULL none */
    ProgressLesson *lessons;
    int nlessons, lessons_cap;
    ProgressCard *cards;
    int ncards, cards_cap;
    ProgressAnswer *history;
    int nhistory, history_cap;
    char *message;          /* a load problem to show the learner, or NULL */
    bool damaged;           /* the file was set aside as damaged */
} Progress;

/* Load the state from dir/progress.yaml (dir NULL: paths_state_dir()).
 * Never fails: a missing file gives empty state; a damaged or unreadable
 * one is moved aside, the state is empty and p->message says so.  Returns
 * NULL only on out-of-memory. */
Progress *progress_open(const char *dir);

/* Same, from an explicit file path (tests, tools). */
Progress *progress_open_file(const char *path);

/* Write the state atomically, creating the directory (mode 0700) if
 * needed.  Returns 0, or -1 with a message in err ("cannot save progress to
 * PATH: REASON"). */
int progress_save(Progress *p, char *err, size_t errsz);

void progress_free(Progress *p);

/* The lesson's record, created (zeroed) if absent.  NULL on OOM. */
ProgressLesson *progress_lesson(Progress *p, const char *id);
/* The lesson's record, or NULL if never seen. */
const ProgressLesson *progress_find_lesson(const Progress *p, const char *id);

/* Remember where the learner is: sets current, block, scroll, seen,
 * blocks (if nblocks > 0), completed (at the last block) and visited. */
void progress_set_position(Progress *p, const char *lesson, int block,
                           int scroll, int nblocks);

/* Record an answer: appends to the history (trimmed to the max), updates
 * the lesson's counts and reschedules the card with quiz_review_update.
 * Strings are copied; a zero a->when means now. */
void progress_record_answer(Progress *p, const ProgressAnswer *a);

/* The card, or NULL if the question was never answered. */
const ProgressCard *progress_card(const Progress *p, const char *lesson,
                                  const char *question);

/* Is the question due for review at now?  Unanswered questions are not
 * "due" (they are new). */
bool progress_is_due(const Progress *p, const char *lesson,
                     const char *question, time_t now);

/* Cards due at now (lesson NULL: any lesson), most overdue first, fewer
 * right answers in a row first on ties.  Fills out[] with pointers into p (valid until the next
 * change) and returns how many are due (may exceed max). */
int progress_due_cards(const Progress *p, const char *lesson, time_t now,
                       const ProgressCard **out, int max);

/* Forget everything (in memory; call progress_save to make it stick). */
void progress_clear(Progress *p);

#endif
