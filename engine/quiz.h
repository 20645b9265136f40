/* quiz.h - the quiz model: answer keys computed by the analyzer, grading,
 * fix-it judging and spaced-repetition scheduling.
 *
 * The correct answer of a question comes from the embedded analyzer when
 * the question is asked (quiz_key); the lesson's stated answer is only the
 * fallback when the analyzer cannot handle the code, and lint checks that
 * the two agree (quiz_check).  The pure functions that read an Analysis
 * (quiz_key_from_analysis, quiz_judge_fixit) let tests pass a fake one.
 *
 * Strings and arrays a function returns live in the Arena it is given.
 */
#ifndef ESC_QUIZ_H
#define ESC_QUIZ_H

#include <stdbool.h>
#include <stdint.h>

#include "analyze.h"
#include "lesson.h"

/* The correct answer of one question. */
typedef struct QuizKey {
    QuestionKind kind;
    bool from_analyzer;     /* computed by the analyzer; else the stated answer */
    const char *error;      /* why the analyzer could not (its first error), or NULL */
    bool escapes;           /* Q_ESCAPES */
    int *lines;             /* Q_HEAP_LINES: sorted, unique */
    int nlines;
    int choice;             /* Q_WHY, Q_M_OUTPUT: correct choice, -1 if none matches */
    QuizReason reason;      /* Q_WHY */
    const char *m_text;     /* Q_M_OUTPUT: the -m messages on the line, '\n'-joined */
    const char *evidence;   /* the analyzer's lines behind the answer ("file:l:c: msg",
                               '\n'-joined), or NULL: show them with the feedback */
} QuizKey;

/* A learner's answer. */
typedef struct QuizAnswer {
    bool yes;               /* Q_ESCAPES */
    const int *lines;       /* Q_HEAP_LINES (any order, duplicates ignored) */
    int nlines;
    int choice;             /* Q_WHY, Q_M_OUTPUT */
    const char *source;     /* Q_FIXIT: the learner's code */
    size_t source_len;
} QuizAnswer;

/* One fix-it check's outcome. */
typedef struct FixOutcome {
    const FixCheck *check;
    bool passed;
    const char *detail;     /* e.g. "./fix.go:7:2: moved to heap: buf" */
} FixOutcome;

typedef struct QuizResult {
    bool correct;
    bool from_analyzer;     /* the key came from the analyzer */
    const char *feedback;   /* one or more lines for the learner */
    /* Q_FIXIT */
    bool compiled;          /* the learner's code parsed and type-checked */
    FixOutcome *outcomes;
    int noutcomes;
} QuizResult;

/* Every function below that runs the analyzer takes an optional StdCache
 * (analyze.h): the app's or lint's, so the std packages a question's code
 * imports are loaded once per process, not once per question or answer.
 * NULL loads them anew; the results are the same either way. */

/* Run the analyzer on the question's code (or on src when non-NULL) with
 * the question's mode.  Caller frees with analysis_free, before freeing
 * the cache. */
Analysis *quiz_analyze(const Question *q, const char *src, size_t len, StdCache *cache);

/* The answer an analysis gives (pure).  Returns false, with key->error set,
 * when the analysis failed. */
bool quiz_key_from_analysis(const Question *q, const Analysis *a, QuizKey *key,
                            Arena *arena);
/* The answer the YAML states.  Returns false when it states none. */
bool quiz_key_stated(const Question *q, QuizKey *key, Arena *arena);
/* The key to grade with: the analyzer's, else the stated one. */
void quiz_key(const Question *q, QuizKey *key, Arena *arena, StdCache *cache);

/* Grade an answer against a key (for Q_FIXIT, runs the analyzer on the
 * learner's source and judges it; the key is not used). */
void quiz_grade(const Question *q, const QuizKey *key, const QuizAnswer *ans,
                QuizResult *res, Arena *arena, StdCache *cache);

/* Judge a fix-it against an analysis of the learner's code (pure):
 * true when the code compiled and every check passed. */
bool quiz_judge_fixit(const Question *q, const char *src, size_t len,
                      const Analysis *a, QuizResult *res, Arena *arena);

/* Human-readable answer ("yes", "lines 12, 16", "b) ...") for feedback. */
const char *quiz_key_text(const Question *q, const QuizKey *key, Arena *arena);

/* Why did TARGET escape: the reason category read from the -m=2 flow lines
 * at its position (or from Diag.reason when there are none). */
QuizReason quiz_reason_of(const Analysis *a, const QTarget *t);

/* ---------------------------------------------------------------- lint */

typedef enum QuizCheckStatus {
    QC_AGREE,           /* the analyzer confirms the stated answer */
    QC_DISAGREE,        /* the analyzer computes another answer */
    QC_CANNOT_CHECK,    /* the analyzer failed / not supported */
    QC_NO_ANSWER,       /* nothing stated (fix-its: see below) */
} QuizCheckStatus;

typedef struct QuizCheck {
    QuizCheckStatus status;
    const char *detail;     /* what disagrees, or the analyzer's error */
} QuizCheck;

/* Lint one question: the stated answer against the analyzer.  A fix-it
 * agrees when its starting code fails its checks and every solution
 * passes them. */
void quiz_check(const Question *q, QuizCheck *out, Arena *arena, StdCache *cache);

/* ---------------------------------------------------- spaced repetition */

/* SM-2 (SuperMemo 2) state of one question, as progress stores it. */
typedef struct ReviewState {
    double ease;            /* easiness factor, >= 1.3; starts at 2.5 */
    int interval;           /* days until the next review */
    int reps;               /* correct answers in a row */
    int lapses;             /* times it was forgotten */
    int64_t due;            /* unix time of the next review (0 = now) */
} ReviewState;

void quiz_review_init(ReviewState *r);
/* Record an answer graded 0..5 (>= 3 = correct; quiz_quality maps a
 * result) at unix time now, and schedule the next review. */
void quiz_review_update(ReviewState *r, int quality, int64_t now);
bool quiz_review_due(const ReviewState *r, int64_t now);
/* 5 correct at once, 4 correct after a hint, 3 correct after retries,
 * 1 wrong. */
int quiz_quality(bool correct, int hints_used, int attempts);

/* Shuffle qs by seed (Fisher-Yates over splitmix64): the same sequence on
 * every libc, so --seed asks the same questions in the same order on every
 * laptop of a workshop, in the plain quiz and in the app alike. */
void quiz_shuffle(Question **qs, int n, uint64_t seed);

#endif
