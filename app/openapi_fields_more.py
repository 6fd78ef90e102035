"""Descriptions of the grade ledger's, the rejudge publish's, LTI's and the insight routes' fields and parameters,
for the OpenAPI document (app/openapi_text.py merges them; "Schema.field", or "name@in" for a parameter)."""

from __future__ import annotations

MORE_FIELDS: dict[str, str] = {
    "ClassSettings.ta_can_see_similarity": "TAs may read similarity reports (instructors always may); default true",
    "GradeEventView.seq": "The ledger's sequence number: pass the last one read as `after` to resume",
    "GradeEventView.cause": "Why the counted grade moved: `graded`, `rejudged`, `override`, `override_removed`, "
    "`released` (held exam results shown), `policy_changed` (the class switched best/last) or `rules_changed` (a "
    "moved due date, personal due date or late policy judged the attempt's lateness again)",
    "GradeEventView.student_id": "The student's user id (the `user_id` of the grade snapshot; not the roster's "
    "student number)",
    "GradeSnapshot.class_id": "The class's id",
    "GradeSnapshot.as_of_sequence": "The ledger's highest sequence number this snapshot covers (0: no event yet): "
    "every event up to it is in `grades`, none after it; follow `grade-events?after=` this number",
    "GradeSnapshot.taken_at": "When the snapshot was taken (UTC, ISO 8601)",
    "GradeSnapshot.policy": "How the class counts attempts: `best` or `last` (a change is a `policy_changed` event)",
    "GradeSnapshot.assignments": "Every assignment of the class, published or not, with its questions' points "
    "possible, in course order",
    "GradeSnapshot.students": "The class's students, and anyone else with a counted grade here (see `enrolled`), "
    "by email",
    "GradeSnapshot.grades": "Every counted question grade (the best or last attempt by the class's policy, late "
    "penalty and override applied), one per student, assignment and question that has one; held exam grades "
    "included (see the assignment's `held`)",
    "SnapshotAssignment.assignment_id": "The assignment's id (its content item's, as `assignment_id` in grade events)",
    "SnapshotAssignment.published": "Students can see it",
    "SnapshotAssignment.held": "An exam whose results are not released: its grades are not for students or an "
    "LMS yet; a `released` event per grade follows the release",
    "SnapshotAssignment.max_score": "Points possible: the sum of its questions' points",
    "SnapshotAssignment.questions": "Its questions, in order, with their points possible",
    "SnapshotQuestion.points": "Points possible for this question in this assignment",
    "SnapshotStudent.user_id": "The student's user id (the `student_id` of grade events)",
    "SnapshotStudent.student_id": "The student number from the roster (the institution's, for an LMS import); "
    "null: none given",
    "SnapshotStudent.enrolled": "Enrolled in the class as a student now; false: grades kept from before a "
    "withdrawal or a change of role",
    "SnapshotGrade.user_id": "The student's user id (as in `students`)",
    "SnapshotGrade.score": "The counted score in points",
    "SnapshotGrade.sequence": "The sequence number of the grade event that last moved this grade (an integration "
    "that already applied that event, or a later one, of this grade has nothing to apply from the snapshot)",
    "GradeEventView.held": "The exam's results were held at the time: not for students or integrations until the "
    "`released` event that follows",
    "GradeEventView.actor_id": "Who made the change (user id); null for the workers and the exam clock",
    "AuditEventView.seq": "The audit log's sequence number: pass the last one read as `after` to resume",
    "AuditEventView.actor_id": "Who made the change (user id); null for the system (the command line, the clock)",
    "AuditEventView.target_table": "The table of the row the change is about (`users` for enrollments: the member)",
    "AuditEventView.target_id": "The id of that row (null: a change of many rows, as a rejudge's publish)",
    "AuditEventView.change": "The fields that changed, each as [before, after] (null: absent, as before a creation)",
    "AuditEventView.request_id": "The id of the request that made the change (its X-Request-ID), as the logs name it",
    "RejudgeBatch.keep_overrides": "After publishing: whether overrides in force were kept (null until published)",
    "RejudgeBatch.overrides_removed": "After publishing: the attempts whose override in force the publish ended",
    "RejudgeItem.override_in_force": "The score of the staff override in force on this attempt (null: none); "
    "while it stands, the new score does not count",
    "RejudgeItem.grade_overridden": "The student's counted grade of this question is set by an override",
    "RejudgePublish.keep_overrides": "false: end the overrides in force on the rejudged attempts so the new scores "
    "count; default true (they keep counting)",
    "MatchedRegion.a_first": "First line (from 1) of the matched region in the first student's file",
    "MatchedRegion.a_last": "Last line (inclusive) of the matched region in the first student's file",
    "MatchedRegion.b_first": "First line (from 1) of the matched region in the second student's file",
    "MatchedRegion.b_last": "Last line (inclusive) of the matched region in the second student's file",
    "SimilarPair.rank": "Position in the report, from 1 (most similar first)",
    "SimilarPair.matched_tokens": "How many normalized tokens the two programs share in the matched regions",
    "SimilarPair.attempt_a": "The first student's counted attempt (its id)",
    "SimilarPair.attempt_b": "The second student's counted attempt (its id)",
    "SimilarPair.student_a": "The first student: id, name and email",
    "SimilarPair.student_b": "The second student: id, name and email",
    "SimilarPair.regions": "The matched regions, as line ranges in each file, for a side-by-side view",
    "SimilarityReportView.item_id": "The assignment's id",
    "SimilarityReportView.include_past": "Earlier terms' attempts of the same question (from classes the "
    "requester teaches) are compared too",
    "SimilarityReportView.state": "`queued`, `running`, `done` or `failed`",
    "SimilarityReportView.submissions": "How many counted attempts the report compared",
    "SimilarityReportView.requested_at": "When the report was asked for (UTC)",
    "SimilarityReportView.error": "Why the report failed (null unless `failed`)",
    "QuestionInsight.item_id": "The assignment's id",
    "QuestionInsight.students": "Students with at least one graded attempt",
    "QuestionInsight.fails_first": "Test ids, the test most students fail first first",
    "TestInsight.failing_students": "Students with at least one attempt failing this test",
    "TestInsight.failing_attempts": "Attempts failing this test",
    "TestInsight.first_failure_students": "Students for whom this was the first failing test",
    "TestInsight.first_failure_share": "Share (0 to 1) of the students with graded attempts for whom this was the "
    "first failing test",
    "TestInsight.wrong_answers": "The most common wrong outputs, most students first",
    "WrongAnswer.output": "The wrong output, normalized by the test's compare mode",
    "WrongAnswer.students": "How many students produced it",
    "WrongAnswer.example_attempt": "One attempt that produced it (its id)",
    "WrongAnswer.first_failure_students": "Students for whom this output was their first failure",
    "WrongAnswer.first_failure_share": "Share (0 to 1) of those students among the students with graded attempts",
    "PlatformCreate.issuer": "The platform's issuer (`iss` of its id_tokens), an https URL",
    "PlatformCreate.client_id": "The client id the platform gave this tool",
    "PlatformCreate.auth_login_url": "The platform's OIDC authorization endpoint",
    "PlatformCreate.auth_token_url": "The platform's OAuth 2 access-token endpoint (for AGS and NRPS)",
    "PlatformCreate.key_set_url": "The platform's JWKS URL",
    "PlatformCreate.deployment_ids": "The deployment ids this tool accepts from the platform",
    "PlatformCreate.token_audience": "The `aud` the token endpoint expects, when it is not the token URL itself",
    "PlatformCreate.max_requests_per_second": "The most requests per second this tool sends the platform",
    "SyncState.linked": "The class is linked to an LMS course",
    "SyncState.pending": "Scores waiting to be sent",
    "SyncState.failed": "Scores the platform refused or could not take (retried with backoff)",
    "SyncState.superseded": "Scores replaced by a newer one before they were sent",
    "SyncState.roster_synced_at": "When the roster was last pulled from the platform (null: never)",
    "SyncState.problems": "Deliveries still pending or failed, newest first",
    "ScoreDelivery.seq": "The grade ledger event this score comes from",
    "ScoreDelivery.score_given": "The score sent (points; null: no score yet)",
    "ScoreDelivery.score_maximum": "The assignment's points",
    "ScoreDelivery.tries": "Attempts to send it so far",
    "ScoreDelivery.next_attempt_at": "When it will be tried again (UTC)",
    "ScoreDelivery.last_error": "The platform's last answer when it failed (empty: none)",
    "ScoreDelivery.sent_at": "When the platform took it (null: not yet)",
    "RosterSyncStarted.job_id": "The roster sync job's id",
    "RosterSyncResult.deactivated": "Members the platform no longer lists, marked inactive (attempts kept)",
    "MemberResult.sub": "The platform's user id (`sub`)",
    "ToolConfig.issuer": "The platform's issuer this configuration is for",
    "ToolConfig.client_id": "The client id the platform gave this tool",
    "ToolConfig.login_initiation_url": "Enter as the tool's OIDC login initiation URL",
    "ToolConfig.target_link_uri": "Enter as the tool's target link URI (launch URL)",
    "ToolConfig.redirect_uris": "Enter as the tool's redirect URIs",
    "ToolConfig.jwks_url": "Enter as the tool's public JWK set URL",
    "ToolConfig.deep_linking_url": "Enter as the deep-linking (content item selection) URL",
    "ToolConfig.scopes": "The LTI Advantage scopes the tool asks for (AGS, NRPS)",
    "ToolConfig.canvas_developer_key": "The JSON a Canvas LTI developer key takes (paste as JSON configuration)",
    "include_past@query": "Also compare earlier terms' attempts of this question, from classes you teach",
    "Accept@header": "`text/csv` answers the ranked pairs as CSV (like `?format=csv`)",
    "platform@query": "The registered platform's id",
    "platform_id@path": "The registered platform's id",
    "token@path": "The one-time registration token of the URL an admin made (`POST /api/lti/registrations`)",
    "openid_configuration@query": "The platform's OpenID configuration URL (LTI Dynamic Registration adds it)",
    "registration_token@query": "The platform's registration token, sent back as the bearer of the registration",
    "RegistrationCreate.name": "The name the registered platform gets here",
    "RegistrationStarted.id": "The registration URL's id",
    "RegistrationStarted.url": 'Paste into the platform\'s LTI Dynamic Registration ("register by URL") field; '
    "usable once",
    "RegistrationStarted.expires_at": "The URL works until then (one hour), or until it has registered a platform",
    "EnrollmentUpdate.active": "false: the member loses the class (an outsider until active again); their attempts "
    "and grades stay. true: back",
    "EnrollmentDetail.active": "false: inactive, no access to the class (gone from the LMS roster or set so by staff)",
    "GradebookRow.active": "false: the student's enrollment is inactive (no access); their grades stay listed",
}
# the same field in several schemas means the same thing there
for _schema in ("PlatformDetail", "PlatformUpdate"):
    for _field in (
        "issuer",
        "client_id",
        "auth_login_url",
        "auth_token_url",
        "key_set_url",
        "deployment_ids",
        "token_audience",
        "max_requests_per_second",
    ):
        MORE_FIELDS[f"{_schema}.{_field}"] = MORE_FIELDS[f"PlatformCreate.{_field}"]
