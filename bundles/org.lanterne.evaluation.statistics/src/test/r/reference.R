# Reference values for Lanterne's evaluation statistics, computed by R on the demo cohort.
# Usage: Rscript reference.R <cohort folder>   (writes key=value lines to standard output)
# Needs the Debian packages r-base-core, r-cran-survival and r-cran-proc.
suppressPackageStartupMessages({ library(survival); library(pROC) })
args <- commandArgs(trailingOnly = TRUE)
folder <- args[1]
participants <- read.csv(file.path(folder, "participants.csv"), stringsAsFactors = FALSE)
assessments <- read.csv(file.path(folder, "assessments.csv"), stringsAsFactors = FALSE)
outcomes <- read.csv(file.path(folder, "outcomes.csv"), stringsAsFactors = FALSE)
clients <- merge(participants[participants$programme == "community-treatment", c("participant_id", "arm")], outcomes)
out <- function(key, value) cat(key, "=", format(value, digits = 15), "\n", sep = "")

# Pre/post change of the dynamic-needs total in the treatment arm.
needs <- assessments[assessments$instrument == "dynamic-needs-example", ]
before <- needs[needs$occasion == "intake", c("participant_id", "total")]
after <- needs[needs$occasion == "end-of-treatment", c("participant_id", "total")]
paired <- merge(merge(before, after, by = "participant_id", suffixes = c(".before", ".after")), clients)
paired <- paired[paired$arm == "treatment", ]
paired <- paired[order(paired$participant_id), ]
test <- t.test(paired$total.after, paired$total.before, paired = TRUE)
out("change.n", nrow(paired))
out("change.meanDifference", unname(test$estimate))
out("change.lower", test$conf.int[1])
out("change.upper", test$conf.int[2])
sds <- c(sd(paired$total.before), sd(paired$total.after))
d <- unname(test$estimate) / sqrt(mean(sds^2))
out("change.cohensD", d)
out("change.hedgesG", d * (1 - 3 / (4 * 2 * nrow(paired) - 9)))
sdiff <- sqrt(2) * sds[1] * sqrt(1 - 0.8)
rci <- (paired$total.after - paired$total.before) / sdiff
out("rci.improved", sum(rci < -1.96))
out("rci.deteriorated", sum(rci > 1.96))

# AUC of the STATIC-99R total for re-offending within three years, usual care, complete follow-up.
horizon <- 1096
static <- merge(assessments[assessments$instrument == "static-99r", c("participant_id", "total")], clients)
static <- static[static$arm == "usual-care", ]
case <- static$reoffended == 1 & static$follow_up_days <= horizon
control <- !case & static$follow_up_days >= horizon
curve <- roc(controls = static$total[control], cases = static$total[case], direction = "<", quiet = TRUE)
interval <- ci.auc(curve, method = "delong")
out("auc.cases", sum(case))
out("auc.controls", sum(control))
out("auc.value", as.numeric(auc(curve)))
out("auc.lower", interval[1])
out("auc.upper", interval[3])

# Kaplan-Meier by arm at one, two and three years, and the log-rank test.
fit <- survfit(Surv(follow_up_days, reoffended) ~ arm, data = clients)
at <- summary(fit, times = c(365, 730, 1095))
for (i in seq_along(at$time)) {
  arm <- sub("arm=", "", as.character(at$strata[i]))
  key <- paste0("km.", arm, ".", at$time[i])
  out(paste0(key, ".survival"), at$surv[i])
  out(paste0(key, ".lower"), at$lower[i])
  out(paste0(key, ".upper"), at$upper[i])
}
test <- survdiff(Surv(follow_up_days, reoffended) ~ arm, data = clients)
out("logrank.chiSquare", test$chisq)
treated <- names(test$n) == "arm=treatment"
out("logrank.observed.treatment", test$obs[treated])
out("logrank.expected.treatment", test$exp[treated])
out("logrank.pValue", pchisq(test$chisq, df = 1, lower.tail = FALSE))

# Calibration of the STATIC-99R bands under usual care: Wilson intervals (prop.test without correction).
bands <- merge(assessments[assessments$instrument == "static-99r", c("participant_id", "band")], clients)
bands <- bands[bands$arm == "usual-care" & (bands$follow_up_days >= horizon | bands$reoffended == 1), ]
for (band in c("I", "II", "III", "IVa", "IVb")) {
  inBand <- bands[bands$band == band, ]
  events <- sum(inBand$reoffended == 1 & inBand$follow_up_days <= horizon)
  out(paste0("calibration.", band, ".people"), nrow(inBand))
  out(paste0("calibration.", band, ".events"), events)
  if (nrow(inBand) > 0) {
    interval <- suppressWarnings(prop.test(events, nrow(inBand), correct = FALSE))$conf.int
    out(paste0("calibration.", band, ".lower"), interval[1])
    out(paste0("calibration.", band, ".upper"), interval[2])
  }
}
