import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sites_mailbox_channels" AS ENUM('leader-mailbox', 'consultation', 'suggestion', 'complaint');
  CREATE TYPE "public"."enum_sites_level" AS ENUM('region', 'city', 'county', 'department');
  CREATE TYPE "public"."enum_sites_status" AS ENUM('applying', 'live', 'temporarily-offline', 'migrating', 'closing', 'closed');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('platform-admin', 'supervisor');
  CREATE TYPE "public"."enum_users_site_memberships_roles" AS ENUM('site-admin', 'editor', 'reviewer', 'openness-officer');
  CREATE TYPE "public"."enum_columns_kind" AS ENUM('news', 'notice', 'policy', 'interpretation', 'personnel', 'planning', 'disclosure', 'annual-report', 'interaction', 'service', 'topic', 'other');
  CREATE TYPE "public"."enum_articles_workflow_status" AS ENUM('draft', 'submitted', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_articles_disclosure_attribute" AS ENUM('public', 'on-application', 'not-public', 'after-declassification');
  CREATE TYPE "public"."enum__articles_v_version_workflow_status" AS ENUM('draft', 'submitted', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__articles_v_version_disclosure_attribute" AS ENUM('public', 'on-application', 'not-public', 'after-declassification');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'submit', 'reject', 'schedule', 'publish', 'withdraw', 'login', 'alert', 'export', 'erase');
  CREATE TYPE "public"."enum_holidays_type" AS ENUM('holiday', 'makeup-workday');
  CREATE TYPE "public"."enum_repost_rules_source_levels" AS ENUM('region', 'city', 'county', 'department');
  CREATE TYPE "public"."enum_repost_rules_content_kinds" AS ENUM('important-articles', 'policy-documents', 'interpretations');
  CREATE TYPE "public"."enum_repost_rules_source_column_kinds" AS ENUM('news', 'notice', 'policy', 'interpretation', 'personnel', 'planning', 'disclosure', 'annual-report', 'interaction', 'service', 'topic', 'other');
  CREATE TYPE "public"."enum_repost_rules_target_levels" AS ENUM('region', 'city', 'county', 'department');
  CREATE TYPE "public"."enum_repost_rules_target_column_kinds" AS ENUM('news', 'notice', 'policy', 'interpretation', 'personnel', 'planning', 'disclosure', 'annual-report', 'interaction', 'service', 'topic', 'other');
  CREATE TYPE "public"."enum_repost_rules_source_type" AS ENUM('sites', 'levels');
  CREATE TYPE "public"."enum_repost_rules_target_type" AS ENUM('all', 'levels', 'children', 'list');
  CREATE TYPE "public"."enum_repost_rules_mode" AS ENUM('automatic', 'review');
  CREATE TYPE "public"."enum_reposts_original_collection" AS ENUM('articles', 'policy-documents', 'interpretations');
  CREATE TYPE "public"."enum_reposts_mode" AS ENUM('automatic', 'review');
  CREATE TYPE "public"."enum_reposts_status" AS ENUM('submitted', 'reposted', 'declined', 'taken-down');
  CREATE TYPE "public"."enum_reposts_withdrawn_by" AS ENUM('original', 'target');
  CREATE TYPE "public"."enum_policy_documents_subject_category" AS ENUM('general', 'economy', 'finance', 'land-energy', 'agriculture', 'industry-transport', 'commerce', 'market-safety', 'construction-environment', 'science-education', 'culture-media', 'health-sport', 'population', 'labour-personnel', 'security-justice', 'civil-affairs', 'ethnic-religion', 'foreign-affairs', 'hk-macao-taiwan', 'defence', 'other');
  CREATE TYPE "public"."enum_policy_documents_document_kind" AS ENUM('normative-document', 'rules', 'other');
  CREATE TYPE "public"."enum_policy_documents_disclosure_attribute" AS ENUM('public', 'on-application', 'not-public', 'after-declassification');
  CREATE TYPE "public"."enum_policy_documents_confidentiality_review_result" AS ENUM('awaiting-review', 'passed', 'failed');
  CREATE TYPE "public"."enum_policy_documents_openness_review_result" AS ENUM('awaiting-review', 'passed', 'failed');
  CREATE TYPE "public"."enum_policy_documents_validity" AS ENUM('in-force', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum_policy_documents_workflow_status" AS ENUM('draft', 'submitted', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__policy_documents_v_version_subject_category" AS ENUM('general', 'economy', 'finance', 'land-energy', 'agriculture', 'industry-transport', 'commerce', 'market-safety', 'construction-environment', 'science-education', 'culture-media', 'health-sport', 'population', 'labour-personnel', 'security-justice', 'civil-affairs', 'ethnic-religion', 'foreign-affairs', 'hk-macao-taiwan', 'defence', 'other');
  CREATE TYPE "public"."enum__policy_documents_v_version_document_kind" AS ENUM('normative-document', 'rules', 'other');
  CREATE TYPE "public"."enum__policy_documents_v_version_disclosure_attribute" AS ENUM('public', 'on-application', 'not-public', 'after-declassification');
  CREATE TYPE "public"."enum__policy_documents_v_version_confidentiality_review_result" AS ENUM('awaiting-review', 'passed', 'failed');
  CREATE TYPE "public"."enum__policy_documents_v_version_openness_review_result" AS ENUM('awaiting-review', 'passed', 'failed');
  CREATE TYPE "public"."enum__policy_documents_v_version_validity" AS ENUM('in-force', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum__policy_documents_v_version_workflow_status" AS ENUM('draft', 'submitted', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_interpretations_form" AS ENUM('text', 'graphic', 'video', 'audio', 'qa', 'interview', 'press-conference', 'expert');
  CREATE TYPE "public"."enum_interpretations_approval_status" AS ENUM('awaiting-approval', 'approved', 'returned');
  CREATE TYPE "public"."enum_interpretations_workflow_status" AS ENUM('draft', 'submitted', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__interpretations_v_version_form" AS ENUM('text', 'graphic', 'video', 'audio', 'qa', 'interview', 'press-conference', 'expert');
  CREATE TYPE "public"."enum__interpretations_v_version_approval_status" AS ENUM('awaiting-approval', 'approved', 'returned');
  CREATE TYPE "public"."enum__interpretations_v_version_workflow_status" AS ENUM('draft', 'submitted', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_disclosure_catalog_entry_type" AS ENUM('category', 'item');
  CREATE TYPE "public"."enum_self_checks_items_attribute" AS ENUM('public', 'on-application', 'not-public', 'after-declassification');
  CREATE TYPE "public"."enum_self_checks_items_decision" AS ENUM('undecided', 'keep', 'convert');
  CREATE TYPE "public"."enum_self_checks_status" AS ENUM('open', 'completed');
  CREATE TYPE "public"."enum_gazette_issues_status" AS ENUM('draft', 'submitted', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_gazette_articles_category" AS ENUM('government-order', 'rules', 'normative-document', 'personnel', 'other');
  CREATE TYPE "public"."enum_gazette_articles_validity" AS ENUM('in-force', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum_health_warnings_level" AS ENUM('veto', 'warning');
  CREATE TYPE "public"."enum_health_warnings_status" AS ENUM('unresolved', 'resolved');
  CREATE TYPE "public"."enum_health_warnings_source" AS ENUM('daily', 'save');
  CREATE TYPE "public"."enum_sensitive_words_kind" AS ENUM('sensitive', 'misspelling');
  CREATE TYPE "public"."enum_monitor_locks_state" AS ENUM('running', 'done');
  CREATE TYPE "public"."enum_messages_channel" AS ENUM('leader-mailbox', 'consultation', 'suggestion', 'complaint');
  CREATE TYPE "public"."enum_messages_status" AS ENUM('received', 'signed', 'assigned', 'replied', 'reviewed', 'concluded', 'invalid');
  CREATE TYPE "public"."enum_messages_invalid_reason" AS ENUM('duplicate', 'abusive', 'not-within-remit');
  CREATE TYPE "public"."enum_disclosure_applications_status" AS ENUM('awaiting-confirmation', 'handling', 'awaiting-supplement', 'third-party-consultation', 'awaiting-fee', 'concluded');
  CREATE TYPE "public"."enum_disclosure_applications_channel" AS ENUM('online', 'in-person', 'post', 'fax', 'letter');
  CREATE TYPE "public"."enum_disclosure_applications_applicant_kind" AS ENUM('natural-person', 'organisation');
  CREATE TYPE "public"."enum_disclosure_applications_organisation_type" AS ENUM('commercial-enterprise', 'research-institution', 'public-interest-organisation', 'legal-service-organisation', 'other-organisation');
  CREATE TYPE "public"."enum_disclosure_applications_delivery_form" AS ENUM('paper', 'electronic', 'disk', 'inspection');
  CREATE TYPE "public"."enum_disclosure_applications_reply_type" AS ENUM('already-public', 'provided', 'refused', 'not-exist', 'not-this-body', 'repeat-application', 'special-law', 'other-handling');
  CREATE TYPE "public"."enum_disclosure_applications_result_row" AS ENUM('disclosed', 'partly-disclosed', 'refused-state-secret', 'refused-barred-by-law', 'refused-endangers-security', 'refused-third-party-rights', 'refused-internal-affairs', 'refused-process-information', 'refused-enforcement-files', 'refused-administrative-query', 'cannot-not-held', 'cannot-needs-creating', 'cannot-still-unclear', 'not-handled-petition', 'not-handled-repeat', 'not-handled-publication', 'not-handled-mass-repeat', 'not-handled-confirm', 'other-no-supplement', 'other-unpaid-fee', 'other-other');
  CREATE TYPE "public"."enum_open_days_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_open_day_registrations_status" AS ENUM('confirmed', 'waiting', 'cancelled', 'checked-in');
  CREATE TYPE "public"."enum_consultations_feedback_groups_adoption" AS ENUM('adopted', 'partly-adopted', 'not-adopted');
  CREATE TYPE "public"."enum_consultations_status" AS ENUM('draft', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_consultation_comments_status" AS ENUM('submitted', 'displayed', 'withheld');
  CREATE TYPE "public"."enum_consultation_comments_adoption" AS ENUM('adopted', 'partly-adopted', 'not-adopted');
  CREATE TYPE "public"."enum_annual_reports_website_new_media_platform" AS ENUM('weibo', 'wechat', 'other');
  CREATE TYPE "public"."enum_annual_reports_kind" AS ENUM('website', 'openness');
  CREATE TYPE "public"."enum_annual_reports_status" AS ENUM('draft', 'finalised', 'published');
  CREATE TYPE "public"."enum_annual_reports_website_header_site_type" AS ENUM('portal', 'department', 'special');
  CREATE TYPE "public"."enum_review_cases_kind" AS ENUM('reconsideration', 'litigation-direct', 'litigation-after-reconsideration');
  CREATE TYPE "public"."enum_review_cases_result" AS ENUM('upheld', 'corrected', 'other-result', 'pending');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'closeSitesPastNotice', 'repostFanOut', 'markOverdueReposts', 'syncSearchIndex', 'syncSearchSynonyms', 'resyncSiteSearch', 'monitorDaily', 'monitorAvailability', 'eraseMessagePersonalData');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'closeSitesPastNotice', 'repostFanOut', 'markOverdueReposts', 'syncSearchIndex', 'syncSearchSynonyms', 'resyncSiteSearch', 'monitorDaily', 'monitorAvailability', 'eraseMessagePersonalData');
  CREATE TABLE "sites_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL
  );
  
  CREATE TABLE "sites_mailbox_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sites_mailbox_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"site_code" varchar NOT NULL,
  	"level" "enum_sites_level" NOT NULL,
  	"parent_id" integer,
  	"status" "enum_sites_status" DEFAULT 'applying' NOT NULL,
  	"closure_notice_announced_at" timestamp(3) with time zone,
  	"closure_notice_closes_at" timestamp(3) with time zone,
  	"closure_notice_successor_site_id" integer,
  	"closure_notice_text" varchar,
  	"sponsor" varchar NOT NULL,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_address" varchar,
  	"filings_icp_number" varchar NOT NULL,
  	"filings_public_security_number" varchar NOT NULL,
  	"filings_party_gov_label_code" varchar,
  	"filings_error_report_url" varchar,
  	"theme" varchar DEFAULT 'default',
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_site_memberships_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_site_memberships_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_site_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "columns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_columns_kind" DEFAULT 'news' NOT NULL,
  	"parent_id" integer,
  	"order" numeric DEFAULT 100,
  	"show_on_home" boolean DEFAULT true,
  	"description" varchar,
  	"empty_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "articles_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from_status" varchar,
  	"to_status" varchar,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"body" jsonb,
  	"body_html" varchar,
  	"body_html_renderer" numeric,
  	"source" varchar,
  	"author" varchar,
  	"published_at" timestamp(3) with time zone,
  	"workflow_status" "enum_articles_workflow_status" DEFAULT 'draft' NOT NULL,
  	"publish_at" timestamp(3) with time zone,
  	"review_comment" varchar,
  	"published_at_reason" varchar,
  	"disclosure_attribute" "enum_articles_disclosure_attribute" DEFAULT 'public' NOT NULL,
  	"non_disclosure_reason" varchar,
  	"important" boolean DEFAULT false,
  	"cover_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"columns_id" integer,
  	"media_id" integer,
  	"files_id" integer
  );
  
  CREATE TABLE "_articles_v_version_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from_status" varchar,
  	"to_status" varchar,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_body_html" varchar,
  	"version_body_html_renderer" numeric,
  	"version_source" varchar,
  	"version_author" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__articles_v_version_workflow_status" DEFAULT 'draft' NOT NULL,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_review_comment" varchar,
  	"version_published_at_reason" varchar,
  	"version_disclosure_attribute" "enum__articles_v_version_disclosure_attribute" DEFAULT 'public' NOT NULL,
  	"version_non_disclosure_reason" varchar,
  	"version_important" boolean DEFAULT false,
  	"version_cover_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"columns_id" integer,
  	"media_id" integer,
  	"files_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"alt" varchar NOT NULL,
  	"publicly_referenced" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_medium_url" varchar,
  	"sizes_medium_width" numeric,
  	"sizes_medium_height" numeric,
  	"sizes_medium_mime_type" varchar,
  	"sizes_medium_filesize" numeric,
  	"sizes_medium_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"publicly_referenced" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"summary" varchar,
  	"site_id" integer,
  	"user_id" integer,
  	"user_label" varchar,
  	"actor_name" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "holidays" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"type" "enum_holidays_type" DEFAULT 'holiday' NOT NULL,
  	"name" varchar NOT NULL,
  	"year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "repost_rules_source_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_repost_rules_source_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "repost_rules_content_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_repost_rules_content_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "repost_rules_source_column_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_repost_rules_source_column_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "repost_rules_target_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_repost_rules_target_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "repost_rules_target_column_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_repost_rules_target_column_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "repost_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"source_type" "enum_repost_rules_source_type" DEFAULT 'sites' NOT NULL,
  	"target_type" "enum_repost_rules_target_type" DEFAULT 'all' NOT NULL,
  	"mode" "enum_repost_rules_mode" DEFAULT 'automatic' NOT NULL,
  	"deadline_hours" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "repost_rules_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer
  );
  
  CREATE TABLE "reposts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"original_collection" "enum_reposts_original_collection" NOT NULL,
  	"original_id" varchar NOT NULL,
  	"original_published_at" timestamp(3) with time zone,
  	"source_site_id" integer NOT NULL,
  	"target_site_id" integer NOT NULL,
  	"target_column_id" integer,
  	"column_choice" varchar,
  	"rule_id" integer,
  	"mode" "enum_reposts_mode" DEFAULT 'automatic' NOT NULL,
  	"status" "enum_reposts_status" DEFAULT 'submitted' NOT NULL,
  	"review_reason" varchar,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"overdue" boolean DEFAULT false,
  	"published_at" timestamp(3) with time zone,
  	"late_minutes" numeric,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"withdrawn_by" "enum_reposts_withdrawn_by",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "policy_documents_issuing_agencies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"lead" boolean DEFAULT false
  );
  
  CREATE TABLE "policy_documents_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"result" varchar,
  	"comment" varchar,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "policy_documents_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from_status" varchar,
  	"to_status" varchar,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "policy_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"doc_number" varchar,
  	"index_number" varchar,
  	"drafting_site_id" integer,
  	"column_id" integer NOT NULL,
  	"subject_category" "enum_policy_documents_subject_category",
  	"document_kind" "enum_policy_documents_document_kind" DEFAULT 'other',
  	"catalog_item_id" integer,
  	"written_at" timestamp(3) with time zone NOT NULL,
  	"issued_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"affects_public_rights" boolean DEFAULT true,
  	"publish_deadline" timestamp(3) with time zone,
  	"published_late_workdays" numeric,
  	"publish_deadline_note" varchar,
  	"body" jsonb,
  	"disclosure_attribute" "enum_policy_documents_disclosure_attribute" DEFAULT 'public' NOT NULL,
  	"non_disclosure_reason" varchar,
  	"declassified_version_id" integer,
  	"declassified_body" jsonb,
  	"confidentiality_review_result" "enum_policy_documents_confidentiality_review_result" DEFAULT 'awaiting-review',
  	"confidentiality_review_reviewed_by_label" varchar,
  	"confidentiality_review_reviewed_at" timestamp(3) with time zone,
  	"confidentiality_review_comment" varchar,
  	"confidentiality_review_reviewed_by_id" integer,
  	"openness_review_result" "enum_policy_documents_openness_review_result" DEFAULT 'awaiting-review',
  	"openness_review_reviewed_by_label" varchar,
  	"openness_review_reviewed_at" timestamp(3) with time zone,
  	"openness_review_comment" varchar,
  	"openness_review_reviewed_by_id" integer,
  	"interpretation_required" boolean DEFAULT false,
  	"validity" "enum_policy_documents_validity" DEFAULT 'in-force' NOT NULL,
  	"validity_changed_at" timestamp(3) with time zone,
  	"replaced_by_id" integer,
  	"workflow_status" "enum_policy_documents_workflow_status" DEFAULT 'draft' NOT NULL,
  	"publish_at" timestamp(3) with time zone,
  	"review_comment" varchar,
  	"published_at_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "policy_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_policy_documents_v_version_issuing_agencies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"lead" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_documents_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"result" varchar,
  	"comment" varchar,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_documents_v_version_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from_status" varchar,
  	"to_status" varchar,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policy_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_doc_number" varchar,
  	"version_index_number" varchar,
  	"version_drafting_site_id" integer,
  	"version_column_id" integer NOT NULL,
  	"version_subject_category" "enum__policy_documents_v_version_subject_category",
  	"version_document_kind" "enum__policy_documents_v_version_document_kind" DEFAULT 'other',
  	"version_catalog_item_id" integer,
  	"version_written_at" timestamp(3) with time zone NOT NULL,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_published_at" timestamp(3) with time zone,
  	"version_affects_public_rights" boolean DEFAULT true,
  	"version_publish_deadline" timestamp(3) with time zone,
  	"version_published_late_workdays" numeric,
  	"version_publish_deadline_note" varchar,
  	"version_body" jsonb,
  	"version_disclosure_attribute" "enum__policy_documents_v_version_disclosure_attribute" DEFAULT 'public' NOT NULL,
  	"version_non_disclosure_reason" varchar,
  	"version_declassified_version_id" integer,
  	"version_declassified_body" jsonb,
  	"version_confidentiality_review_result" "enum__policy_documents_v_version_confidentiality_review_result" DEFAULT 'awaiting-review',
  	"version_confidentiality_review_reviewed_by_label" varchar,
  	"version_confidentiality_review_reviewed_at" timestamp(3) with time zone,
  	"version_confidentiality_review_comment" varchar,
  	"version_confidentiality_review_reviewed_by_id" integer,
  	"version_openness_review_result" "enum__policy_documents_v_version_openness_review_result" DEFAULT 'awaiting-review',
  	"version_openness_review_reviewed_by_label" varchar,
  	"version_openness_review_reviewed_at" timestamp(3) with time zone,
  	"version_openness_review_comment" varchar,
  	"version_openness_review_reviewed_by_id" integer,
  	"version_interpretation_required" boolean DEFAULT false,
  	"version_validity" "enum__policy_documents_v_version_validity" DEFAULT 'in-force' NOT NULL,
  	"version_validity_changed_at" timestamp(3) with time zone,
  	"version_replaced_by_id" integer,
  	"version_workflow_status" "enum__policy_documents_v_version_workflow_status" DEFAULT 'draft' NOT NULL,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_review_comment" varchar,
  	"version_published_at_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_policy_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "interpretations_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from_status" varchar,
  	"to_status" varchar,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "interpretations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"policy_document_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"form" "enum_interpretations_form" DEFAULT 'text' NOT NULL,
  	"column_id" integer,
  	"interpreter_name" varchar NOT NULL,
  	"interpreter_title" varchar,
  	"interpreter_is_principal" boolean DEFAULT false,
  	"body" jsonb,
  	"external_media_url" varchar,
  	"published_at" timestamp(3) with time zone,
  	"approval_status" "enum_interpretations_approval_status" DEFAULT 'awaiting-approval' NOT NULL,
  	"approval_comment" varchar,
  	"approved_by_label" varchar,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"workflow_status" "enum_interpretations_workflow_status" DEFAULT 'draft' NOT NULL,
  	"publish_at" timestamp(3) with time zone,
  	"review_comment" varchar,
  	"published_at_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "interpretations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"files_id" integer
  );
  
  CREATE TABLE "_interpretations_v_version_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from_status" varchar,
  	"to_status" varchar,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_interpretations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer NOT NULL,
  	"version_policy_document_id" integer NOT NULL,
  	"version_title" varchar NOT NULL,
  	"version_form" "enum__interpretations_v_version_form" DEFAULT 'text' NOT NULL,
  	"version_column_id" integer,
  	"version_interpreter_name" varchar NOT NULL,
  	"version_interpreter_title" varchar,
  	"version_interpreter_is_principal" boolean DEFAULT false,
  	"version_body" jsonb,
  	"version_external_media_url" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_approval_status" "enum__interpretations_v_version_approval_status" DEFAULT 'awaiting-approval' NOT NULL,
  	"version_approval_comment" varchar,
  	"version_approved_by_label" varchar,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_workflow_status" "enum__interpretations_v_version_workflow_status" DEFAULT 'draft' NOT NULL,
  	"version_publish_at" timestamp(3) with time zone,
  	"version_review_comment" varchar,
  	"version_published_at_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_interpretations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"files_id" integer
  );
  
  CREATE TABLE "disclosure_catalog" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"entry_type" "enum_disclosure_catalog_entry_type" DEFAULT 'item' NOT NULL,
  	"code" varchar NOT NULL,
  	"parent_id" integer,
  	"title" varchar NOT NULL,
  	"content_scope" varchar,
  	"legal_basis" varchar,
  	"responsible_unit" varchar,
  	"disclosure_method" varchar DEFAULT '政府网站',
  	"time_limit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "self_checks_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"policy_document_id" integer,
  	"article_id" integer,
  	"attribute" "enum_self_checks_items_attribute",
  	"title" varchar,
  	"doc_number" varchar,
  	"index_number" varchar,
  	"original_reason" varchar,
  	"decision" "enum_self_checks_items_decision" DEFAULT 'undecided',
  	"decision_reason" varchar,
  	"decided_by_label" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"converted" boolean,
  	"decided_by_id" integer
  );
  
  CREATE TABLE "self_checks_frequent_requests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"subject" varchar,
  	"applicants" numeric,
  	"applications" numeric
  );
  
  CREATE TABLE "self_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar,
  	"year" numeric NOT NULL,
  	"due_date" varchar,
  	"status" "enum_self_checks_status" DEFAULT 'open',
  	"overdue" boolean,
  	"report_total" numeric,
  	"report_on_application" numeric,
  	"report_not_public" numeric,
  	"report_after_declassification" numeric,
  	"report_kept" numeric,
  	"report_converted" numeric,
  	"report_undecided" numeric,
  	"report_summary" varchar,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "index_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"site_code" varchar NOT NULL,
  	"year" numeric NOT NULL,
  	"last_value" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "gazette_issues_workflow_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from_status" varchar,
  	"to_status" varchar,
  	"by_id" integer,
  	"by_label" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar
  );
  
  CREATE TABLE "gazette_issues" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar,
  	"year" numeric NOT NULL,
  	"issue_number" numeric NOT NULL,
  	"total_number" numeric NOT NULL,
  	"published_at" timestamp(3) with time zone NOT NULL,
  	"pdf_id" integer,
  	"status" "enum_gazette_issues_status" DEFAULT 'draft' NOT NULL,
  	"review_comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "gazette_articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"issue_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"doc_number" varchar,
  	"issuing_agency" varchar,
  	"category" "enum_gazette_articles_category" DEFAULT 'other' NOT NULL,
  	"written_at" timestamp(3) with time zone,
  	"pages" varchar,
  	"order" numeric DEFAULT 0,
  	"body" varchar,
  	"pdf_id" integer,
  	"validity" "enum_gazette_articles_validity" DEFAULT 'in-force' NOT NULL,
  	"policy_document_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_synonyms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"terms" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_queries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"query" varchar NOT NULL,
  	"day" varchar NOT NULL,
  	"count" numeric DEFAULT 0 NOT NULL,
  	"hidden" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "availability_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"domain" varchar NOT NULL,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"ok" boolean,
  	"status" numeric,
  	"ms" numeric,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_health_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar,
  	"day" varchar NOT NULL,
  	"run_at" timestamp(3) with time zone NOT NULL,
  	"veto_count" numeric NOT NULL,
  	"score" numeric NOT NULL,
  	"warning_count" numeric,
  	"vetoes" jsonb,
  	"deductions" jsonb,
  	"figures" jsonb,
  	"problems" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "health_warnings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"code" varchar NOT NULL,
  	"level" "enum_health_warnings_level" NOT NULL,
  	"message" varchar NOT NULL,
  	"status" "enum_health_warnings_status" DEFAULT 'unresolved' NOT NULL,
  	"source" "enum_health_warnings_source" DEFAULT 'daily' NOT NULL,
  	"document_collection" varchar,
  	"document_id" varchar,
  	"first_seen_at" timestamp(3) with time zone,
  	"last_seen_at" timestamp(3) with time zone,
  	"resolved_at" timestamp(3) with time zone,
  	"notified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sensitive_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"kind" "enum_sensitive_words_kind" DEFAULT 'misspelling' NOT NULL,
  	"suggestion" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_leaders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"titles" varchar NOT NULL,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "monitor_locks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"holder" varchar NOT NULL,
  	"state" "enum_monitor_locks_state" DEFAULT 'running' NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"channel" "enum_messages_channel" NOT NULL,
  	"subject" varchar NOT NULL,
  	"content" varchar NOT NULL,
  	"submitter_name" varchar,
  	"submitter_phone" varchar,
  	"submitter_email" varchar,
  	"publish_consent" boolean DEFAULT false,
  	"privacy_consent" boolean DEFAULT false,
  	"tracking_code" varchar,
  	"query_password_hash" varchar,
  	"status" "enum_messages_status" DEFAULT 'received' NOT NULL,
  	"invalid_reason" "enum_messages_invalid_reason",
  	"assignee" varchar,
  	"transferred_to_id" integer,
  	"reply" varchar,
  	"replying_unit" varchar,
  	"due_on" varchar,
  	"deadline_problem" varchar,
  	"received_at" timestamp(3) with time zone,
  	"signed_at" timestamp(3) with time zone,
  	"assigned_at" timestamp(3) with time zone,
  	"transferred_at" timestamp(3) with time zone,
  	"replied_at" timestamp(3) with time zone,
  	"reviewed_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"invalid_at" timestamp(3) with time zone,
  	"personal_data_erased_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosure_applications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"tracking_code" varchar,
  	"query_password_hash" varchar,
  	"status" "enum_disclosure_applications_status" DEFAULT 'awaiting-confirmation' NOT NULL,
  	"channel" "enum_disclosure_applications_channel" NOT NULL,
  	"handed_in_on" varchar,
  	"signed_for_on" varchar,
  	"confirmed_on" varchar,
  	"applicant_kind" "enum_disclosure_applications_applicant_kind" NOT NULL,
  	"organisation_type" "enum_disclosure_applications_organisation_type",
  	"applicant_name" varchar NOT NULL,
  	"applicant_id_number" varchar,
  	"applicant_contact_person" varchar,
  	"applicant_phone" varchar,
  	"applicant_email" varchar,
  	"applicant_address" varchar,
  	"requested_information" varchar NOT NULL,
  	"purpose" varchar,
  	"delivery_form" "enum_disclosure_applications_delivery_form" DEFAULT 'paper' NOT NULL,
  	"subject_key" varchar,
  	"supplement_requested_on" varchar,
  	"supplement_request" varchar,
  	"supplement_received_on" varchar,
  	"third_party_name" varchar,
  	"third_party_sent_on" varchar,
  	"third_party_replied_on" varchar,
  	"extension_workdays" numeric,
  	"extension_approver" varchar,
  	"extension_approved_on" varchar,
  	"extension_notice_on" varchar,
  	"extension_reason" varchar,
  	"fee_amount" numeric,
  	"fee_notice_on" varchar,
  	"fee_paid_on" varchar,
  	"received_on" varchar,
  	"clock_start" varchar,
  	"supplement_request_by" varchar,
  	"due_on" varchar,
  	"clock_problem" varchar,
  	"reply_type" "enum_disclosure_applications_reply_type",
  	"result_row" "enum_disclosure_applications_result_row",
  	"legal_basis" varchar,
  	"reasons" varchar,
  	"responsible_body" varchar,
  	"reply_text" varchar,
  	"concluded_on" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "open_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"place" varchar NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"registration_opens_at" timestamp(3) with time zone NOT NULL,
  	"registration_closes_at" timestamp(3) with time zone NOT NULL,
  	"capacity" numeric NOT NULL,
  	"waiting_list_size" numeric DEFAULT 0 NOT NULL,
  	"contact" varchar,
  	"status" "enum_open_days_status" DEFAULT 'draft' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "open_day_registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"open_day_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"phone" varchar NOT NULL,
  	"id_last4" varchar NOT NULL,
  	"confirmation_code" varchar NOT NULL,
  	"status" "enum_open_day_registrations_status" NOT NULL,
  	"seat" varchar,
  	"phone_key" varchar,
  	"checked_in_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consultations_feedback_groups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"summary" varchar NOT NULL,
  	"comment_count" numeric,
  	"concentrated" boolean DEFAULT false,
  	"adoption" "enum_consultations_feedback_groups_adoption" NOT NULL,
  	"reason" varchar
  );
  
  CREATE TABLE "consultations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"status" "enum_consultations_status" DEFAULT 'draft' NOT NULL,
  	"starts_on" varchar NOT NULL,
  	"ends_on" varchar NOT NULL,
  	"responsible_unit" varchar NOT NULL,
  	"contact" varchar,
  	"basis" varchar,
  	"background" varchar,
  	"draft_text" varchar,
  	"hearing_notice" varchar,
  	"feedback_due_on" varchar,
  	"feedback_due_problem" varchar,
  	"feedback_report" varchar,
  	"feedback_published" boolean DEFAULT false,
  	"feedback_published_at" timestamp(3) with time zone,
  	"decision_document_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consultations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"files_id" integer
  );
  
  CREATE TABLE "consultation_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"consultation_id" integer NOT NULL,
  	"content" varchar NOT NULL,
  	"submitter_name" varchar,
  	"submitter_phone" varchar,
  	"submitter_email" varchar,
  	"personal_data" varchar,
  	"status" "enum_consultation_comments_status" DEFAULT 'submitted' NOT NULL,
  	"moderation_note" varchar,
  	"group" varchar,
  	"concentrated" boolean DEFAULT false,
  	"adoption" "enum_consultation_comments_adoption",
  	"adoption_reason" varchar,
  	"received_at" timestamp(3) with time zone,
  	"moderated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "form_challenge_uses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "page_visits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"views" numeric DEFAULT 0 NOT NULL,
  	"visitors" numeric DEFAULT 0 NOT NULL,
  	"sketch" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "annual_reports_website_new_media" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_annual_reports_website_new_media_platform",
  	"name" varchar,
  	"posts" numeric,
  	"followers" numeric
  );
  
  CREATE TABLE "annual_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"title" varchar,
  	"year" numeric NOT NULL,
  	"kind" "enum_annual_reports_kind" NOT NULL,
  	"status" "enum_annual_reports_status" DEFAULT 'draft' NOT NULL,
  	"finalised_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"figures" jsonb,
  	"website_header_site_type" "enum_annual_reports_website_header_site_type" DEFAULT 'portal',
  	"website_header_overview_updates" numeric,
  	"website_interpretation_media_comments" numeric,
  	"website_interpretation_responses" numeric,
  	"website_services_catalog_published" boolean DEFAULT false,
  	"website_services_registered_users" numeric,
  	"website_services_service_items" numeric,
  	"website_services_online_items" numeric,
  	"website_services_cases" numeric,
  	"website_services_cases_persons" numeric,
  	"website_services_cases_legal" numeric,
  	"website_interaction_unified_platform" boolean DEFAULT false,
  	"website_interaction_smart_answers" boolean DEFAULT false,
  	"website_interaction_interviews" numeric,
  	"website_interaction_interview_questions" numeric,
  	"website_interaction_interview_answers" numeric,
  	"website_security_monitoring_mechanism" boolean DEFAULT false,
  	"website_security_emergency_drill" boolean DEFAULT false,
  	"website_security_security_officer" boolean DEFAULT false,
  	"website_innovation_search_service" boolean DEFAULT false,
  	"website_innovation_multilingual" boolean DEFAULT false,
  	"website_innovation_accessibility" boolean DEFAULT false,
  	"website_innovation_personalised" boolean DEFAULT false,
  	"website_innovation_other" varchar,
  	"website_sign_off_head" varchar,
  	"website_sign_off_reviewer" varchar,
  	"website_sign_off_filled_by" varchar,
  	"website_sign_off_phone" varchar,
  	"openness_table2_entered_licensing" numeric,
  	"openness_table2_entered_penalties" numeric,
  	"openness_table2_entered_enforcement" numeric,
  	"openness_table2_entered_fees" numeric,
  	"openness_sections_overview" varchar,
  	"openness_sections_problems" varchar,
  	"openness_sections_other_matters" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_cases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"case_number" varchar NOT NULL,
  	"kind" "enum_review_cases_kind" NOT NULL,
  	"year" numeric NOT NULL,
  	"result" "enum_review_cases_result" DEFAULT 'pending' NOT NULL,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer,
  	"users_id" integer,
  	"columns_id" integer,
  	"articles_id" integer,
  	"media_id" integer,
  	"files_id" integer,
  	"audit_log_id" integer,
  	"holidays_id" integer,
  	"repost_rules_id" integer,
  	"reposts_id" integer,
  	"policy_documents_id" integer,
  	"interpretations_id" integer,
  	"disclosure_catalog_id" integer,
  	"self_checks_id" integer,
  	"index_counters_id" integer,
  	"gazette_issues_id" integer,
  	"gazette_articles_id" integer,
  	"search_synonyms_id" integer,
  	"search_queries_id" integer,
  	"availability_checks_id" integer,
  	"site_health_reports_id" integer,
  	"health_warnings_id" integer,
  	"sensitive_words_id" integer,
  	"site_leaders_id" integer,
  	"monitor_locks_id" integer,
  	"messages_id" integer,
  	"disclosure_applications_id" integer,
  	"open_days_id" integer,
  	"open_day_registrations_id" integer,
  	"consultations_id" integer,
  	"consultation_comments_id" integer,
  	"form_challenge_uses_id" integer,
  	"page_visits_id" integer,
  	"annual_reports_id" integer,
  	"review_cases_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "platform_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"closure_notice_days" numeric DEFAULT 30 NOT NULL,
  	"policy_publish_workdays" numeric DEFAULT 5 NOT NULL,
  	"active_disclosure_workdays" numeric DEFAULT 20 NOT NULL,
  	"repost_deadline_hours" numeric DEFAULT 24 NOT NULL,
  	"list_page_size" numeric DEFAULT 20 NOT NULL,
  	"home_items_per_column" numeric DEFAULT 6 NOT NULL,
  	"principal_interpretations_per_year" numeric DEFAULT 2 NOT NULL,
  	"message_reply_workdays" numeric DEFAULT 15 NOT NULL,
  	"consultation_feedback_workdays" numeric DEFAULT 15 NOT NULL,
  	"message_retention_years" numeric DEFAULT 3 NOT NULL,
  	"disclosure_reply_workdays" numeric DEFAULT 20 NOT NULL,
  	"disclosure_extension_workdays" numeric DEFAULT 20 NOT NULL,
  	"disclosure_supplement_request_workdays" numeric DEFAULT 7 NOT NULL,
  	"disclosure_third_party_workdays" numeric DEFAULT 15 NOT NULL,
  	"disclosure_fee_payment_workdays" numeric DEFAULT 20 NOT NULL,
  	"frequent_request_applicants" numeric DEFAULT 3 NOT NULL,
  	"video_hosts" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "platform_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer
  );
  
  CREATE TABLE "monitoring_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"availability_window_days" numeric DEFAULT 7 NOT NULL,
  	"availability_timeout_seconds" numeric DEFAULT 15 NOT NULL,
  	"availability_probes_per_day" numeric DEFAULT 24 NOT NULL,
  	"unreachable_veto_percent" numeric DEFAULT 5 NOT NULL,
  	"unreachable_warn_percent" numeric DEFAULT 3 NOT NULL,
  	"home_stale_veto_days" numeric DEFAULT 14 NOT NULL,
  	"home_stale_warn_days" numeric DEFAULT 10 NOT NULL,
  	"news_stale_days" numeric DEFAULT 14 NOT NULL,
  	"notice_policy_stale_months" numeric DEFAULT 6 NOT NULL,
  	"news_notice_stale_veto_count" numeric DEFAULT 5 NOT NULL,
  	"long_stale_veto_count" numeric DEFAULT 10 NOT NULL,
  	"empty_columns_veto_count" numeric DEFAULT 5 NOT NULL,
  	"empty_columns_warn_above" numeric DEFAULT 2 NOT NULL,
  	"stale_columns_warn_above" numeric DEFAULT 6 NOT NULL,
  	"external_link_timeout_seconds" numeric DEFAULT 10 NOT NULL,
  	"external_requests_per_host_per_minute" numeric DEFAULT 30 NOT NULL,
  	"external_links_per_run" numeric DEFAULT 20000 NOT NULL,
  	"deduct_per_stale_column" numeric DEFAULT 1 NOT NULL,
  	"deduct_per_empty_column" numeric DEFAULT 2 NOT NULL,
  	"deduct_per_broken_home_link" numeric DEFAULT 1 NOT NULL,
  	"deduct_per_broken_inner_link" numeric DEFAULT 0.1 NOT NULL,
  	"deduct_per_broken_external_link" numeric DEFAULT 0.1 NOT NULL,
  	"deduct_per_footer_element" numeric DEFAULT 2 NOT NULL,
  	"deduct_per_late_repost" numeric DEFAULT 0.5 NOT NULL,
  	"deduct_per_unreachable_percent" numeric DEFAULT 2 NOT NULL,
  	"deduct_per_content_finding" numeric DEFAULT 1 NOT NULL,
  	"long_stale_days_by_kind_interpretation" numeric DEFAULT 365 NOT NULL,
  	"long_stale_days_by_kind_personnel" numeric DEFAULT 365 NOT NULL,
  	"long_stale_days_by_kind_planning" numeric DEFAULT 365 NOT NULL,
  	"long_stale_days_by_kind_disclosure" numeric DEFAULT 365 NOT NULL,
  	"long_stale_days_by_kind_service" numeric DEFAULT 365 NOT NULL,
  	"long_stale_days_by_kind_topic" numeric DEFAULT 365 NOT NULL,
  	"long_stale_days_by_kind_other" numeric DEFAULT 365 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "sites_domains" ADD CONSTRAINT "sites_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites_mailbox_channels" ADD CONSTRAINT "sites_mailbox_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_parent_id_sites_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_closure_notice_successor_site_id_sites_id_fk" FOREIGN KEY ("closure_notice_successor_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_site_memberships_roles" ADD CONSTRAINT "users_site_memberships_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_site_memberships"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_site_memberships" ADD CONSTRAINT "users_site_memberships_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_site_memberships" ADD CONSTRAINT "users_site_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_parent_id_columns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_workflow_log" ADD CONSTRAINT "articles_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_workflow_log" ADD CONSTRAINT "articles_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_workflow_log" ADD CONSTRAINT "_articles_v_version_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_workflow_log" ADD CONSTRAINT "_articles_v_version_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "files" ADD CONSTRAINT "files_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "repost_rules_source_levels" ADD CONSTRAINT "repost_rules_source_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."repost_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "repost_rules_content_kinds" ADD CONSTRAINT "repost_rules_content_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."repost_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "repost_rules_source_column_kinds" ADD CONSTRAINT "repost_rules_source_column_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."repost_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "repost_rules_target_levels" ADD CONSTRAINT "repost_rules_target_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."repost_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "repost_rules_target_column_kinds" ADD CONSTRAINT "repost_rules_target_column_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."repost_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "repost_rules_rels" ADD CONSTRAINT "repost_rules_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."repost_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "repost_rules_rels" ADD CONSTRAINT "repost_rules_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reposts" ADD CONSTRAINT "reposts_source_site_id_sites_id_fk" FOREIGN KEY ("source_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reposts" ADD CONSTRAINT "reposts_target_site_id_sites_id_fk" FOREIGN KEY ("target_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reposts" ADD CONSTRAINT "reposts_target_column_id_columns_id_fk" FOREIGN KEY ("target_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reposts" ADD CONSTRAINT "reposts_rule_id_repost_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."repost_rules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reposts" ADD CONSTRAINT "reposts_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents_issuing_agencies" ADD CONSTRAINT "policy_documents_issuing_agencies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_review_log" ADD CONSTRAINT "policy_documents_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents_review_log" ADD CONSTRAINT "policy_documents_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_workflow_log" ADD CONSTRAINT "policy_documents_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents_workflow_log" ADD CONSTRAINT "policy_documents_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_drafting_site_id_sites_id_fk" FOREIGN KEY ("drafting_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_catalog_item_id_disclosure_catalog_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."disclosure_catalog"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_declassified_version_id_files_id_fk" FOREIGN KEY ("declassified_version_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_confidentiality_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("confidentiality_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_openness_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("openness_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_replaced_by_id_policy_documents_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_version_issuing_agencies" ADD CONSTRAINT "_policy_documents_v_version_issuing_agencies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_version_review_log" ADD CONSTRAINT "_policy_documents_v_version_review_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_version_review_log" ADD CONSTRAINT "_policy_documents_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_version_workflow_log" ADD CONSTRAINT "_policy_documents_v_version_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_version_workflow_log" ADD CONSTRAINT "_policy_documents_v_version_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policy_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_parent_id_policy_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_drafting_site_id_sites_id_fk" FOREIGN KEY ("version_drafting_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_catalog_item_id_disclosure_catalog_id_fk" FOREIGN KEY ("version_catalog_item_id") REFERENCES "public"."disclosure_catalog"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_declassified_version_id_files_id_fk" FOREIGN KEY ("version_declassified_version_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_confidentiality_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_confidentiality_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_openness_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_openness_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v" ADD CONSTRAINT "_policy_documents_v_version_replaced_by_id_policy_documents_id_fk" FOREIGN KEY ("version_replaced_by_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_rels" ADD CONSTRAINT "_policy_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_rels" ADD CONSTRAINT "_policy_documents_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_documents_v_rels" ADD CONSTRAINT "_policy_documents_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_workflow_log" ADD CONSTRAINT "interpretations_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_workflow_log" ADD CONSTRAINT "interpretations_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_policy_document_id_policy_documents_id_fk" FOREIGN KEY ("policy_document_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_workflow_log" ADD CONSTRAINT "_interpretations_v_version_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_workflow_log" ADD CONSTRAINT "_interpretations_v_version_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_parent_id_interpretations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_policy_document_id_policy_documents_id_fk" FOREIGN KEY ("version_policy_document_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_catalog" ADD CONSTRAINT "disclosure_catalog_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_catalog" ADD CONSTRAINT "disclosure_catalog_parent_id_disclosure_catalog_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosure_catalog"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "self_checks_items" ADD CONSTRAINT "self_checks_items_policy_document_id_policy_documents_id_fk" FOREIGN KEY ("policy_document_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "self_checks_items" ADD CONSTRAINT "self_checks_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "self_checks_items" ADD CONSTRAINT "self_checks_items_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "self_checks_items" ADD CONSTRAINT "self_checks_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_checks_frequent_requests" ADD CONSTRAINT "self_checks_frequent_requests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."self_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "self_checks" ADD CONSTRAINT "self_checks_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_issues_workflow_log" ADD CONSTRAINT "gazette_issues_workflow_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_issues_workflow_log" ADD CONSTRAINT "gazette_issues_workflow_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."gazette_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "gazette_issues" ADD CONSTRAINT "gazette_issues_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_issues" ADD CONSTRAINT "gazette_issues_pdf_id_files_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_articles" ADD CONSTRAINT "gazette_articles_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_articles" ADD CONSTRAINT "gazette_articles_issue_id_gazette_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."gazette_issues"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_articles" ADD CONSTRAINT "gazette_articles_pdf_id_files_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "gazette_articles" ADD CONSTRAINT "gazette_articles_policy_document_id_policy_documents_id_fk" FOREIGN KEY ("policy_document_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "search_queries" ADD CONSTRAINT "search_queries_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability_checks" ADD CONSTRAINT "availability_checks_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_health_reports" ADD CONSTRAINT "site_health_reports_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "health_warnings" ADD CONSTRAINT "health_warnings_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_leaders" ADD CONSTRAINT "site_leaders_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "messages" ADD CONSTRAINT "messages_transferred_to_id_sites_id_fk" FOREIGN KEY ("transferred_to_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_applications" ADD CONSTRAINT "disclosure_applications_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_days" ADD CONSTRAINT "open_days_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_day_registrations" ADD CONSTRAINT "open_day_registrations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "open_day_registrations" ADD CONSTRAINT "open_day_registrations_open_day_id_open_days_id_fk" FOREIGN KEY ("open_day_id") REFERENCES "public"."open_days"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations_feedback_groups" ADD CONSTRAINT "consultations_feedback_groups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_decision_document_id_policy_documents_id_fk" FOREIGN KEY ("decision_document_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_rels" ADD CONSTRAINT "consultations_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "page_visits" ADD CONSTRAINT "page_visits_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_reports_website_new_media" ADD CONSTRAINT "annual_reports_website_new_media_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."annual_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_cases" ADD CONSTRAINT "review_cases_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_holidays_fk" FOREIGN KEY ("holidays_id") REFERENCES "public"."holidays"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_repost_rules_fk" FOREIGN KEY ("repost_rules_id") REFERENCES "public"."repost_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reposts_fk" FOREIGN KEY ("reposts_id") REFERENCES "public"."reposts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_catalog_fk" FOREIGN KEY ("disclosure_catalog_id") REFERENCES "public"."disclosure_catalog"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_self_checks_fk" FOREIGN KEY ("self_checks_id") REFERENCES "public"."self_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_index_counters_fk" FOREIGN KEY ("index_counters_id") REFERENCES "public"."index_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_gazette_issues_fk" FOREIGN KEY ("gazette_issues_id") REFERENCES "public"."gazette_issues"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_gazette_articles_fk" FOREIGN KEY ("gazette_articles_id") REFERENCES "public"."gazette_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_synonyms_fk" FOREIGN KEY ("search_synonyms_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_queries_fk" FOREIGN KEY ("search_queries_id") REFERENCES "public"."search_queries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_availability_checks_fk" FOREIGN KEY ("availability_checks_id") REFERENCES "public"."availability_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_health_reports_fk" FOREIGN KEY ("site_health_reports_id") REFERENCES "public"."site_health_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_health_warnings_fk" FOREIGN KEY ("health_warnings_id") REFERENCES "public"."health_warnings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sensitive_words_fk" FOREIGN KEY ("sensitive_words_id") REFERENCES "public"."sensitive_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_leaders_fk" FOREIGN KEY ("site_leaders_id") REFERENCES "public"."site_leaders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_monitor_locks_fk" FOREIGN KEY ("monitor_locks_id") REFERENCES "public"."monitor_locks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_messages_fk" FOREIGN KEY ("messages_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_applications_fk" FOREIGN KEY ("disclosure_applications_id") REFERENCES "public"."disclosure_applications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_open_days_fk" FOREIGN KEY ("open_days_id") REFERENCES "public"."open_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_open_day_registrations_fk" FOREIGN KEY ("open_day_registrations_id") REFERENCES "public"."open_day_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultation_comments_fk" FOREIGN KEY ("consultation_comments_id") REFERENCES "public"."consultation_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_challenge_uses_fk" FOREIGN KEY ("form_challenge_uses_id") REFERENCES "public"."form_challenge_uses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_visits_fk" FOREIGN KEY ("page_visits_id") REFERENCES "public"."page_visits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_annual_reports_fk" FOREIGN KEY ("annual_reports_id") REFERENCES "public"."annual_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_cases_fk" FOREIGN KEY ("review_cases_id") REFERENCES "public"."review_cases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "platform_settings_rels" ADD CONSTRAINT "platform_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."platform_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "platform_settings_rels" ADD CONSTRAINT "platform_settings_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sites_domains_order_idx" ON "sites_domains" USING btree ("_order");
  CREATE INDEX "sites_domains_parent_id_idx" ON "sites_domains" USING btree ("_parent_id");
  CREATE INDEX "sites_domains_domain_idx" ON "sites_domains" USING btree ("domain");
  CREATE INDEX "sites_mailbox_channels_order_idx" ON "sites_mailbox_channels" USING btree ("order");
  CREATE INDEX "sites_mailbox_channels_parent_idx" ON "sites_mailbox_channels" USING btree ("parent_id");
  CREATE UNIQUE INDEX "sites_site_code_idx" ON "sites" USING btree ("site_code");
  CREATE INDEX "sites_parent_idx" ON "sites" USING btree ("parent_id");
  CREATE INDEX "sites_status_idx" ON "sites" USING btree ("status");
  CREATE INDEX "sites_closure_notice_closure_notice_successor_site_idx" ON "sites" USING btree ("closure_notice_successor_site_id");
  CREATE INDEX "sites_updated_at_idx" ON "sites" USING btree ("updated_at");
  CREATE INDEX "sites_created_at_idx" ON "sites" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_site_memberships_roles_order_idx" ON "users_site_memberships_roles" USING btree ("order");
  CREATE INDEX "users_site_memberships_roles_parent_idx" ON "users_site_memberships_roles" USING btree ("parent_id");
  CREATE INDEX "users_site_memberships_order_idx" ON "users_site_memberships" USING btree ("_order");
  CREATE INDEX "users_site_memberships_parent_id_idx" ON "users_site_memberships" USING btree ("_parent_id");
  CREATE INDEX "users_site_memberships_site_idx" ON "users_site_memberships" USING btree ("site_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "columns_site_idx" ON "columns" USING btree ("site_id");
  CREATE INDEX "columns_slug_idx" ON "columns" USING btree ("slug");
  CREATE INDEX "columns_parent_idx" ON "columns" USING btree ("parent_id");
  CREATE INDEX "columns_updated_at_idx" ON "columns" USING btree ("updated_at");
  CREATE INDEX "columns_created_at_idx" ON "columns" USING btree ("created_at");
  CREATE INDEX "articles_workflow_log_order_idx" ON "articles_workflow_log" USING btree ("_order");
  CREATE INDEX "articles_workflow_log_parent_id_idx" ON "articles_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "articles_workflow_log_by_idx" ON "articles_workflow_log" USING btree ("by_id");
  CREATE INDEX "articles_site_idx" ON "articles" USING btree ("site_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_workflow_status_idx" ON "articles" USING btree ("workflow_status");
  CREATE INDEX "articles_cover_image_idx" ON "articles" USING btree ("cover_image_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_columns_id_idx" ON "articles_rels" USING btree ("columns_id");
  CREATE INDEX "articles_rels_media_id_idx" ON "articles_rels" USING btree ("media_id");
  CREATE INDEX "articles_rels_files_id_idx" ON "articles_rels" USING btree ("files_id");
  CREATE INDEX "_articles_v_version_workflow_log_order_idx" ON "_articles_v_version_workflow_log" USING btree ("_order");
  CREATE INDEX "_articles_v_version_workflow_log_parent_id_idx" ON "_articles_v_version_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_workflow_log_by_idx" ON "_articles_v_version_workflow_log" USING btree ("by_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_site_idx" ON "_articles_v" USING btree ("version_site_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_workflow_status_idx" ON "_articles_v" USING btree ("version_workflow_status");
  CREATE INDEX "_articles_v_version_version_cover_image_idx" ON "_articles_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_columns_id_idx" ON "_articles_v_rels" USING btree ("columns_id");
  CREATE INDEX "_articles_v_rels_media_id_idx" ON "_articles_v_rels" USING btree ("media_id");
  CREATE INDEX "_articles_v_rels_files_id_idx" ON "_articles_v_rels" USING btree ("files_id");
  CREATE INDEX "media_site_idx" ON "media" USING btree ("site_id");
  CREATE INDEX "media_publicly_referenced_idx" ON "media" USING btree ("publicly_referenced");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "files_site_idx" ON "files" USING btree ("site_id");
  CREATE INDEX "files_publicly_referenced_idx" ON "files" USING btree ("publicly_referenced");
  CREATE INDEX "files_updated_at_idx" ON "files" USING btree ("updated_at");
  CREATE INDEX "files_created_at_idx" ON "files" USING btree ("created_at");
  CREATE UNIQUE INDEX "files_filename_idx" ON "files" USING btree ("filename");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_target_collection_idx" ON "audit_log" USING btree ("target_collection");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_site_idx" ON "audit_log" USING btree ("site_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "holidays_date_idx" ON "holidays" USING btree ("date");
  CREATE INDEX "holidays_year_idx" ON "holidays" USING btree ("year");
  CREATE INDEX "holidays_updated_at_idx" ON "holidays" USING btree ("updated_at");
  CREATE INDEX "holidays_created_at_idx" ON "holidays" USING btree ("created_at");
  CREATE INDEX "repost_rules_source_levels_order_idx" ON "repost_rules_source_levels" USING btree ("order");
  CREATE INDEX "repost_rules_source_levels_parent_idx" ON "repost_rules_source_levels" USING btree ("parent_id");
  CREATE INDEX "repost_rules_content_kinds_order_idx" ON "repost_rules_content_kinds" USING btree ("order");
  CREATE INDEX "repost_rules_content_kinds_parent_idx" ON "repost_rules_content_kinds" USING btree ("parent_id");
  CREATE INDEX "repost_rules_source_column_kinds_order_idx" ON "repost_rules_source_column_kinds" USING btree ("order");
  CREATE INDEX "repost_rules_source_column_kinds_parent_idx" ON "repost_rules_source_column_kinds" USING btree ("parent_id");
  CREATE INDEX "repost_rules_target_levels_order_idx" ON "repost_rules_target_levels" USING btree ("order");
  CREATE INDEX "repost_rules_target_levels_parent_idx" ON "repost_rules_target_levels" USING btree ("parent_id");
  CREATE INDEX "repost_rules_target_column_kinds_order_idx" ON "repost_rules_target_column_kinds" USING btree ("order");
  CREATE INDEX "repost_rules_target_column_kinds_parent_idx" ON "repost_rules_target_column_kinds" USING btree ("parent_id");
  CREATE INDEX "repost_rules_updated_at_idx" ON "repost_rules" USING btree ("updated_at");
  CREATE INDEX "repost_rules_created_at_idx" ON "repost_rules" USING btree ("created_at");
  CREATE INDEX "repost_rules_rels_order_idx" ON "repost_rules_rels" USING btree ("order");
  CREATE INDEX "repost_rules_rels_parent_idx" ON "repost_rules_rels" USING btree ("parent_id");
  CREATE INDEX "repost_rules_rels_path_idx" ON "repost_rules_rels" USING btree ("path");
  CREATE INDEX "repost_rules_rels_sites_id_idx" ON "repost_rules_rels" USING btree ("sites_id");
  CREATE INDEX "reposts_original_collection_idx" ON "reposts" USING btree ("original_collection");
  CREATE INDEX "reposts_original_id_idx" ON "reposts" USING btree ("original_id");
  CREATE INDEX "reposts_original_published_at_idx" ON "reposts" USING btree ("original_published_at");
  CREATE INDEX "reposts_source_site_idx" ON "reposts" USING btree ("source_site_id");
  CREATE INDEX "reposts_target_site_idx" ON "reposts" USING btree ("target_site_id");
  CREATE INDEX "reposts_target_column_idx" ON "reposts" USING btree ("target_column_id");
  CREATE INDEX "reposts_rule_idx" ON "reposts" USING btree ("rule_id");
  CREATE INDEX "reposts_status_idx" ON "reposts" USING btree ("status");
  CREATE INDEX "reposts_due_at_idx" ON "reposts" USING btree ("due_at");
  CREATE INDEX "reposts_overdue_idx" ON "reposts" USING btree ("overdue");
  CREATE INDEX "reposts_published_at_idx" ON "reposts" USING btree ("published_at");
  CREATE INDEX "reposts_reviewed_by_idx" ON "reposts" USING btree ("reviewed_by_id");
  CREATE INDEX "reposts_updated_at_idx" ON "reposts" USING btree ("updated_at");
  CREATE INDEX "reposts_created_at_idx" ON "reposts" USING btree ("created_at");
  CREATE UNIQUE INDEX "originalCollection_originalId_targetSite_idx" ON "reposts" USING btree ("original_collection","original_id","target_site_id");
  CREATE INDEX "targetSite_status_originalPublishedAt_idx" ON "reposts" USING btree ("target_site_id","status","original_published_at");
  CREATE INDEX "policy_documents_issuing_agencies_order_idx" ON "policy_documents_issuing_agencies" USING btree ("_order");
  CREATE INDEX "policy_documents_issuing_agencies_parent_id_idx" ON "policy_documents_issuing_agencies" USING btree ("_parent_id");
  CREATE INDEX "policy_documents_review_log_order_idx" ON "policy_documents_review_log" USING btree ("_order");
  CREATE INDEX "policy_documents_review_log_parent_id_idx" ON "policy_documents_review_log" USING btree ("_parent_id");
  CREATE INDEX "policy_documents_review_log_by_idx" ON "policy_documents_review_log" USING btree ("by_id");
  CREATE INDEX "policy_documents_workflow_log_order_idx" ON "policy_documents_workflow_log" USING btree ("_order");
  CREATE INDEX "policy_documents_workflow_log_parent_id_idx" ON "policy_documents_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "policy_documents_workflow_log_by_idx" ON "policy_documents_workflow_log" USING btree ("by_id");
  CREATE INDEX "policy_documents_site_idx" ON "policy_documents" USING btree ("site_id");
  CREATE INDEX "policy_documents_doc_number_idx" ON "policy_documents" USING btree ("doc_number");
  CREATE UNIQUE INDEX "policy_documents_index_number_idx" ON "policy_documents" USING btree ("index_number");
  CREATE INDEX "policy_documents_drafting_site_idx" ON "policy_documents" USING btree ("drafting_site_id");
  CREATE INDEX "policy_documents_column_idx" ON "policy_documents" USING btree ("column_id");
  CREATE INDEX "policy_documents_document_kind_idx" ON "policy_documents" USING btree ("document_kind");
  CREATE INDEX "policy_documents_catalog_item_idx" ON "policy_documents" USING btree ("catalog_item_id");
  CREATE INDEX "policy_documents_written_at_idx" ON "policy_documents" USING btree ("written_at");
  CREATE INDEX "policy_documents_issued_at_idx" ON "policy_documents" USING btree ("issued_at");
  CREATE INDEX "policy_documents_published_at_idx" ON "policy_documents" USING btree ("published_at");
  CREATE INDEX "policy_documents_publish_deadline_idx" ON "policy_documents" USING btree ("publish_deadline");
  CREATE INDEX "policy_documents_declassified_version_idx" ON "policy_documents" USING btree ("declassified_version_id");
  CREATE INDEX "policy_documents_confidentiality_review_confidentiality__idx" ON "policy_documents" USING btree ("confidentiality_review_reviewed_by_id");
  CREATE INDEX "policy_documents_openness_review_openness_review_reviewe_idx" ON "policy_documents" USING btree ("openness_review_reviewed_by_id");
  CREATE INDEX "policy_documents_replaced_by_idx" ON "policy_documents" USING btree ("replaced_by_id");
  CREATE INDEX "policy_documents_workflow_status_idx" ON "policy_documents" USING btree ("workflow_status");
  CREATE INDEX "policy_documents_updated_at_idx" ON "policy_documents" USING btree ("updated_at");
  CREATE INDEX "policy_documents_created_at_idx" ON "policy_documents" USING btree ("created_at");
  CREATE INDEX "policy_documents_rels_order_idx" ON "policy_documents_rels" USING btree ("order");
  CREATE INDEX "policy_documents_rels_parent_idx" ON "policy_documents_rels" USING btree ("parent_id");
  CREATE INDEX "policy_documents_rels_path_idx" ON "policy_documents_rels" USING btree ("path");
  CREATE INDEX "policy_documents_rels_files_id_idx" ON "policy_documents_rels" USING btree ("files_id");
  CREATE INDEX "policy_documents_rels_media_id_idx" ON "policy_documents_rels" USING btree ("media_id");
  CREATE INDEX "_policy_documents_v_version_issuing_agencies_order_idx" ON "_policy_documents_v_version_issuing_agencies" USING btree ("_order");
  CREATE INDEX "_policy_documents_v_version_issuing_agencies_parent_id_idx" ON "_policy_documents_v_version_issuing_agencies" USING btree ("_parent_id");
  CREATE INDEX "_policy_documents_v_version_review_log_order_idx" ON "_policy_documents_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_policy_documents_v_version_review_log_parent_id_idx" ON "_policy_documents_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_policy_documents_v_version_review_log_by_idx" ON "_policy_documents_v_version_review_log" USING btree ("by_id");
  CREATE INDEX "_policy_documents_v_version_workflow_log_order_idx" ON "_policy_documents_v_version_workflow_log" USING btree ("_order");
  CREATE INDEX "_policy_documents_v_version_workflow_log_parent_id_idx" ON "_policy_documents_v_version_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "_policy_documents_v_version_workflow_log_by_idx" ON "_policy_documents_v_version_workflow_log" USING btree ("by_id");
  CREATE INDEX "_policy_documents_v_parent_idx" ON "_policy_documents_v" USING btree ("parent_id");
  CREATE INDEX "_policy_documents_v_version_version_site_idx" ON "_policy_documents_v" USING btree ("version_site_id");
  CREATE INDEX "_policy_documents_v_version_version_doc_number_idx" ON "_policy_documents_v" USING btree ("version_doc_number");
  CREATE INDEX "_policy_documents_v_version_version_index_number_idx" ON "_policy_documents_v" USING btree ("version_index_number");
  CREATE INDEX "_policy_documents_v_version_version_drafting_site_idx" ON "_policy_documents_v" USING btree ("version_drafting_site_id");
  CREATE INDEX "_policy_documents_v_version_version_column_idx" ON "_policy_documents_v" USING btree ("version_column_id");
  CREATE INDEX "_policy_documents_v_version_version_document_kind_idx" ON "_policy_documents_v" USING btree ("version_document_kind");
  CREATE INDEX "_policy_documents_v_version_version_catalog_item_idx" ON "_policy_documents_v" USING btree ("version_catalog_item_id");
  CREATE INDEX "_policy_documents_v_version_version_written_at_idx" ON "_policy_documents_v" USING btree ("version_written_at");
  CREATE INDEX "_policy_documents_v_version_version_issued_at_idx" ON "_policy_documents_v" USING btree ("version_issued_at");
  CREATE INDEX "_policy_documents_v_version_version_published_at_idx" ON "_policy_documents_v" USING btree ("version_published_at");
  CREATE INDEX "_policy_documents_v_version_version_publish_deadline_idx" ON "_policy_documents_v" USING btree ("version_publish_deadline");
  CREATE INDEX "_policy_documents_v_version_version_declassified_version_idx" ON "_policy_documents_v" USING btree ("version_declassified_version_id");
  CREATE INDEX "_policy_documents_v_version_confidentiality_review_versi_idx" ON "_policy_documents_v" USING btree ("version_confidentiality_review_reviewed_by_id");
  CREATE INDEX "_policy_documents_v_version_openness_review_version_open_idx" ON "_policy_documents_v" USING btree ("version_openness_review_reviewed_by_id");
  CREATE INDEX "_policy_documents_v_version_version_replaced_by_idx" ON "_policy_documents_v" USING btree ("version_replaced_by_id");
  CREATE INDEX "_policy_documents_v_version_version_workflow_status_idx" ON "_policy_documents_v" USING btree ("version_workflow_status");
  CREATE INDEX "_policy_documents_v_version_version_updated_at_idx" ON "_policy_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_policy_documents_v_version_version_created_at_idx" ON "_policy_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_policy_documents_v_created_at_idx" ON "_policy_documents_v" USING btree ("created_at");
  CREATE INDEX "_policy_documents_v_updated_at_idx" ON "_policy_documents_v" USING btree ("updated_at");
  CREATE INDEX "_policy_documents_v_rels_order_idx" ON "_policy_documents_v_rels" USING btree ("order");
  CREATE INDEX "_policy_documents_v_rels_parent_idx" ON "_policy_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policy_documents_v_rels_path_idx" ON "_policy_documents_v_rels" USING btree ("path");
  CREATE INDEX "_policy_documents_v_rels_files_id_idx" ON "_policy_documents_v_rels" USING btree ("files_id");
  CREATE INDEX "_policy_documents_v_rels_media_id_idx" ON "_policy_documents_v_rels" USING btree ("media_id");
  CREATE INDEX "interpretations_workflow_log_order_idx" ON "interpretations_workflow_log" USING btree ("_order");
  CREATE INDEX "interpretations_workflow_log_parent_id_idx" ON "interpretations_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "interpretations_workflow_log_by_idx" ON "interpretations_workflow_log" USING btree ("by_id");
  CREATE INDEX "interpretations_site_idx" ON "interpretations" USING btree ("site_id");
  CREATE INDEX "interpretations_policy_document_idx" ON "interpretations" USING btree ("policy_document_id");
  CREATE INDEX "interpretations_column_idx" ON "interpretations" USING btree ("column_id");
  CREATE INDEX "interpretations_published_at_idx" ON "interpretations" USING btree ("published_at");
  CREATE INDEX "interpretations_approval_status_idx" ON "interpretations" USING btree ("approval_status");
  CREATE INDEX "interpretations_approved_by_idx" ON "interpretations" USING btree ("approved_by_id");
  CREATE INDEX "interpretations_workflow_status_idx" ON "interpretations" USING btree ("workflow_status");
  CREATE INDEX "interpretations_updated_at_idx" ON "interpretations" USING btree ("updated_at");
  CREATE INDEX "interpretations_created_at_idx" ON "interpretations" USING btree ("created_at");
  CREATE INDEX "interpretations_rels_order_idx" ON "interpretations_rels" USING btree ("order");
  CREATE INDEX "interpretations_rels_parent_idx" ON "interpretations_rels" USING btree ("parent_id");
  CREATE INDEX "interpretations_rels_path_idx" ON "interpretations_rels" USING btree ("path");
  CREATE INDEX "interpretations_rels_media_id_idx" ON "interpretations_rels" USING btree ("media_id");
  CREATE INDEX "interpretations_rels_files_id_idx" ON "interpretations_rels" USING btree ("files_id");
  CREATE INDEX "_interpretations_v_version_workflow_log_order_idx" ON "_interpretations_v_version_workflow_log" USING btree ("_order");
  CREATE INDEX "_interpretations_v_version_workflow_log_parent_id_idx" ON "_interpretations_v_version_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "_interpretations_v_version_workflow_log_by_idx" ON "_interpretations_v_version_workflow_log" USING btree ("by_id");
  CREATE INDEX "_interpretations_v_parent_idx" ON "_interpretations_v" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_version_version_site_idx" ON "_interpretations_v" USING btree ("version_site_id");
  CREATE INDEX "_interpretations_v_version_version_policy_document_idx" ON "_interpretations_v" USING btree ("version_policy_document_id");
  CREATE INDEX "_interpretations_v_version_version_column_idx" ON "_interpretations_v" USING btree ("version_column_id");
  CREATE INDEX "_interpretations_v_version_version_published_at_idx" ON "_interpretations_v" USING btree ("version_published_at");
  CREATE INDEX "_interpretations_v_version_version_approval_status_idx" ON "_interpretations_v" USING btree ("version_approval_status");
  CREATE INDEX "_interpretations_v_version_version_approved_by_idx" ON "_interpretations_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_interpretations_v_version_version_workflow_status_idx" ON "_interpretations_v" USING btree ("version_workflow_status");
  CREATE INDEX "_interpretations_v_version_version_updated_at_idx" ON "_interpretations_v" USING btree ("version_updated_at");
  CREATE INDEX "_interpretations_v_version_version_created_at_idx" ON "_interpretations_v" USING btree ("version_created_at");
  CREATE INDEX "_interpretations_v_created_at_idx" ON "_interpretations_v" USING btree ("created_at");
  CREATE INDEX "_interpretations_v_updated_at_idx" ON "_interpretations_v" USING btree ("updated_at");
  CREATE INDEX "_interpretations_v_rels_order_idx" ON "_interpretations_v_rels" USING btree ("order");
  CREATE INDEX "_interpretations_v_rels_parent_idx" ON "_interpretations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_rels_path_idx" ON "_interpretations_v_rels" USING btree ("path");
  CREATE INDEX "_interpretations_v_rels_media_id_idx" ON "_interpretations_v_rels" USING btree ("media_id");
  CREATE INDEX "_interpretations_v_rels_files_id_idx" ON "_interpretations_v_rels" USING btree ("files_id");
  CREATE INDEX "disclosure_catalog_site_idx" ON "disclosure_catalog" USING btree ("site_id");
  CREATE INDEX "disclosure_catalog_code_idx" ON "disclosure_catalog" USING btree ("code");
  CREATE INDEX "disclosure_catalog_parent_idx" ON "disclosure_catalog" USING btree ("parent_id");
  CREATE INDEX "disclosure_catalog_updated_at_idx" ON "disclosure_catalog" USING btree ("updated_at");
  CREATE INDEX "disclosure_catalog_created_at_idx" ON "disclosure_catalog" USING btree ("created_at");
  CREATE INDEX "self_checks_items_order_idx" ON "self_checks_items" USING btree ("_order");
  CREATE INDEX "self_checks_items_parent_id_idx" ON "self_checks_items" USING btree ("_parent_id");
  CREATE INDEX "self_checks_items_policy_document_idx" ON "self_checks_items" USING btree ("policy_document_id");
  CREATE INDEX "self_checks_items_article_idx" ON "self_checks_items" USING btree ("article_id");
  CREATE INDEX "self_checks_items_decided_by_idx" ON "self_checks_items" USING btree ("decided_by_id");
  CREATE INDEX "self_checks_frequent_requests_order_idx" ON "self_checks_frequent_requests" USING btree ("_order");
  CREATE INDEX "self_checks_frequent_requests_parent_id_idx" ON "self_checks_frequent_requests" USING btree ("_parent_id");
  CREATE INDEX "self_checks_site_idx" ON "self_checks" USING btree ("site_id");
  CREATE INDEX "self_checks_year_idx" ON "self_checks" USING btree ("year");
  CREATE INDEX "self_checks_updated_at_idx" ON "self_checks" USING btree ("updated_at");
  CREATE INDEX "self_checks_created_at_idx" ON "self_checks" USING btree ("created_at");
  CREATE UNIQUE INDEX "index_counters_key_idx" ON "index_counters" USING btree ("key");
  CREATE INDEX "index_counters_updated_at_idx" ON "index_counters" USING btree ("updated_at");
  CREATE INDEX "index_counters_created_at_idx" ON "index_counters" USING btree ("created_at");
  CREATE INDEX "gazette_issues_workflow_log_order_idx" ON "gazette_issues_workflow_log" USING btree ("_order");
  CREATE INDEX "gazette_issues_workflow_log_parent_id_idx" ON "gazette_issues_workflow_log" USING btree ("_parent_id");
  CREATE INDEX "gazette_issues_workflow_log_by_idx" ON "gazette_issues_workflow_log" USING btree ("by_id");
  CREATE INDEX "gazette_issues_site_idx" ON "gazette_issues" USING btree ("site_id");
  CREATE INDEX "gazette_issues_year_idx" ON "gazette_issues" USING btree ("year");
  CREATE INDEX "gazette_issues_total_number_idx" ON "gazette_issues" USING btree ("total_number");
  CREATE INDEX "gazette_issues_pdf_idx" ON "gazette_issues" USING btree ("pdf_id");
  CREATE INDEX "gazette_issues_status_idx" ON "gazette_issues" USING btree ("status");
  CREATE INDEX "gazette_issues_updated_at_idx" ON "gazette_issues" USING btree ("updated_at");
  CREATE INDEX "gazette_issues_created_at_idx" ON "gazette_issues" USING btree ("created_at");
  CREATE INDEX "gazette_articles_site_idx" ON "gazette_articles" USING btree ("site_id");
  CREATE INDEX "gazette_articles_issue_idx" ON "gazette_articles" USING btree ("issue_id");
  CREATE INDEX "gazette_articles_doc_number_idx" ON "gazette_articles" USING btree ("doc_number");
  CREATE INDEX "gazette_articles_pdf_idx" ON "gazette_articles" USING btree ("pdf_id");
  CREATE INDEX "gazette_articles_policy_document_idx" ON "gazette_articles" USING btree ("policy_document_id");
  CREATE INDEX "gazette_articles_updated_at_idx" ON "gazette_articles" USING btree ("updated_at");
  CREATE INDEX "gazette_articles_created_at_idx" ON "gazette_articles" USING btree ("created_at");
  CREATE INDEX "search_synonyms_updated_at_idx" ON "search_synonyms" USING btree ("updated_at");
  CREATE INDEX "search_synonyms_created_at_idx" ON "search_synonyms" USING btree ("created_at");
  CREATE INDEX "search_queries_site_idx" ON "search_queries" USING btree ("site_id");
  CREATE INDEX "search_queries_query_idx" ON "search_queries" USING btree ("query");
  CREATE INDEX "search_queries_day_idx" ON "search_queries" USING btree ("day");
  CREATE INDEX "search_queries_hidden_idx" ON "search_queries" USING btree ("hidden");
  CREATE INDEX "search_queries_updated_at_idx" ON "search_queries" USING btree ("updated_at");
  CREATE INDEX "search_queries_created_at_idx" ON "search_queries" USING btree ("created_at");
  CREATE INDEX "availability_checks_site_idx" ON "availability_checks" USING btree ("site_id");
  CREATE INDEX "availability_checks_checked_at_idx" ON "availability_checks" USING btree ("checked_at");
  CREATE INDEX "availability_checks_updated_at_idx" ON "availability_checks" USING btree ("updated_at");
  CREATE INDEX "availability_checks_created_at_idx" ON "availability_checks" USING btree ("created_at");
  CREATE INDEX "site_health_reports_site_idx" ON "site_health_reports" USING btree ("site_id");
  CREATE INDEX "site_health_reports_day_idx" ON "site_health_reports" USING btree ("day");
  CREATE INDEX "site_health_reports_veto_count_idx" ON "site_health_reports" USING btree ("veto_count");
  CREATE INDEX "site_health_reports_updated_at_idx" ON "site_health_reports" USING btree ("updated_at");
  CREATE INDEX "site_health_reports_created_at_idx" ON "site_health_reports" USING btree ("created_at");
  CREATE INDEX "health_warnings_site_idx" ON "health_warnings" USING btree ("site_id");
  CREATE INDEX "health_warnings_code_idx" ON "health_warnings" USING btree ("code");
  CREATE INDEX "health_warnings_status_idx" ON "health_warnings" USING btree ("status");
  CREATE INDEX "health_warnings_document_id_idx" ON "health_warnings" USING btree ("document_id");
  CREATE INDEX "health_warnings_last_seen_at_idx" ON "health_warnings" USING btree ("last_seen_at");
  CREATE INDEX "health_warnings_updated_at_idx" ON "health_warnings" USING btree ("updated_at");
  CREATE INDEX "health_warnings_created_at_idx" ON "health_warnings" USING btree ("created_at");
  CREATE UNIQUE INDEX "sensitive_words_term_idx" ON "sensitive_words" USING btree ("term");
  CREATE INDEX "sensitive_words_updated_at_idx" ON "sensitive_words" USING btree ("updated_at");
  CREATE INDEX "sensitive_words_created_at_idx" ON "sensitive_words" USING btree ("created_at");
  CREATE INDEX "site_leaders_site_idx" ON "site_leaders" USING btree ("site_id");
  CREATE INDEX "site_leaders_updated_at_idx" ON "site_leaders" USING btree ("updated_at");
  CREATE INDEX "site_leaders_created_at_idx" ON "site_leaders" USING btree ("created_at");
  CREATE UNIQUE INDEX "monitor_locks_key_idx" ON "monitor_locks" USING btree ("key");
  CREATE INDEX "monitor_locks_expires_at_idx" ON "monitor_locks" USING btree ("expires_at");
  CREATE INDEX "monitor_locks_updated_at_idx" ON "monitor_locks" USING btree ("updated_at");
  CREATE INDEX "monitor_locks_created_at_idx" ON "monitor_locks" USING btree ("created_at");
  CREATE INDEX "messages_site_idx" ON "messages" USING btree ("site_id");
  CREATE UNIQUE INDEX "messages_tracking_code_idx" ON "messages" USING btree ("tracking_code");
  CREATE INDEX "messages_status_idx" ON "messages" USING btree ("status");
  CREATE INDEX "messages_transferred_to_idx" ON "messages" USING btree ("transferred_to_id");
  CREATE INDEX "messages_updated_at_idx" ON "messages" USING btree ("updated_at");
  CREATE INDEX "messages_created_at_idx" ON "messages" USING btree ("created_at");
  CREATE INDEX "disclosure_applications_site_idx" ON "disclosure_applications" USING btree ("site_id");
  CREATE UNIQUE INDEX "disclosure_applications_tracking_code_idx" ON "disclosure_applications" USING btree ("tracking_code");
  CREATE INDEX "disclosure_applications_status_idx" ON "disclosure_applications" USING btree ("status");
  CREATE INDEX "disclosure_applications_subject_key_idx" ON "disclosure_applications" USING btree ("subject_key");
  CREATE INDEX "disclosure_applications_result_row_idx" ON "disclosure_applications" USING btree ("result_row");
  CREATE INDEX "disclosure_applications_updated_at_idx" ON "disclosure_applications" USING btree ("updated_at");
  CREATE INDEX "disclosure_applications_created_at_idx" ON "disclosure_applications" USING btree ("created_at");
  CREATE INDEX "open_days_site_idx" ON "open_days" USING btree ("site_id");
  CREATE INDEX "open_days_status_idx" ON "open_days" USING btree ("status");
  CREATE INDEX "open_days_updated_at_idx" ON "open_days" USING btree ("updated_at");
  CREATE INDEX "open_days_created_at_idx" ON "open_days" USING btree ("created_at");
  CREATE INDEX "open_day_registrations_site_idx" ON "open_day_registrations" USING btree ("site_id");
  CREATE INDEX "open_day_registrations_open_day_idx" ON "open_day_registrations" USING btree ("open_day_id");
  CREATE UNIQUE INDEX "open_day_registrations_confirmation_code_idx" ON "open_day_registrations" USING btree ("confirmation_code");
  CREATE INDEX "open_day_registrations_status_idx" ON "open_day_registrations" USING btree ("status");
  CREATE UNIQUE INDEX "open_day_registrations_seat_idx" ON "open_day_registrations" USING btree ("seat");
  CREATE UNIQUE INDEX "open_day_registrations_phone_key_idx" ON "open_day_registrations" USING btree ("phone_key");
  CREATE INDEX "open_day_registrations_updated_at_idx" ON "open_day_registrations" USING btree ("updated_at");
  CREATE INDEX "open_day_registrations_created_at_idx" ON "open_day_registrations" USING btree ("created_at");
  CREATE INDEX "consultations_feedback_groups_order_idx" ON "consultations_feedback_groups" USING btree ("_order");
  CREATE INDEX "consultations_feedback_groups_parent_id_idx" ON "consultations_feedback_groups" USING btree ("_parent_id");
  CREATE INDEX "consultations_site_idx" ON "consultations" USING btree ("site_id");
  CREATE INDEX "consultations_status_idx" ON "consultations" USING btree ("status");
  CREATE INDEX "consultations_decision_document_idx" ON "consultations" USING btree ("decision_document_id");
  CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");
  CREATE INDEX "consultations_created_at_idx" ON "consultations" USING btree ("created_at");
  CREATE INDEX "consultations_rels_order_idx" ON "consultations_rels" USING btree ("order");
  CREATE INDEX "consultations_rels_parent_idx" ON "consultations_rels" USING btree ("parent_id");
  CREATE INDEX "consultations_rels_path_idx" ON "consultations_rels" USING btree ("path");
  CREATE INDEX "consultations_rels_files_id_idx" ON "consultations_rels" USING btree ("files_id");
  CREATE INDEX "consultation_comments_site_idx" ON "consultation_comments" USING btree ("site_id");
  CREATE INDEX "consultation_comments_consultation_idx" ON "consultation_comments" USING btree ("consultation_id");
  CREATE INDEX "consultation_comments_status_idx" ON "consultation_comments" USING btree ("status");
  CREATE INDEX "consultation_comments_updated_at_idx" ON "consultation_comments" USING btree ("updated_at");
  CREATE INDEX "consultation_comments_created_at_idx" ON "consultation_comments" USING btree ("created_at");
  CREATE UNIQUE INDEX "form_challenge_uses_key_idx" ON "form_challenge_uses" USING btree ("key");
  CREATE INDEX "form_challenge_uses_expires_at_idx" ON "form_challenge_uses" USING btree ("expires_at");
  CREATE INDEX "form_challenge_uses_updated_at_idx" ON "form_challenge_uses" USING btree ("updated_at");
  CREATE INDEX "form_challenge_uses_created_at_idx" ON "form_challenge_uses" USING btree ("created_at");
  CREATE INDEX "page_visits_site_idx" ON "page_visits" USING btree ("site_id");
  CREATE INDEX "page_visits_day_idx" ON "page_visits" USING btree ("day");
  CREATE INDEX "page_visits_updated_at_idx" ON "page_visits" USING btree ("updated_at");
  CREATE INDEX "page_visits_created_at_idx" ON "page_visits" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_day_idx" ON "page_visits" USING btree ("site_id","day");
  CREATE INDEX "annual_reports_website_new_media_order_idx" ON "annual_reports_website_new_media" USING btree ("_order");
  CREATE INDEX "annual_reports_website_new_media_parent_id_idx" ON "annual_reports_website_new_media" USING btree ("_parent_id");
  CREATE INDEX "annual_reports_site_idx" ON "annual_reports" USING btree ("site_id");
  CREATE INDEX "annual_reports_year_idx" ON "annual_reports" USING btree ("year");
  CREATE INDEX "annual_reports_status_idx" ON "annual_reports" USING btree ("status");
  CREATE INDEX "annual_reports_updated_at_idx" ON "annual_reports" USING btree ("updated_at");
  CREATE INDEX "annual_reports_created_at_idx" ON "annual_reports" USING btree ("created_at");
  CREATE INDEX "review_cases_site_idx" ON "review_cases" USING btree ("site_id");
  CREATE INDEX "review_cases_year_idx" ON "review_cases" USING btree ("year");
  CREATE INDEX "review_cases_updated_at_idx" ON "review_cases" USING btree ("updated_at");
  CREATE INDEX "review_cases_created_at_idx" ON "review_cases" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("sites_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_columns_id_idx" ON "payload_locked_documents_rels" USING btree ("columns_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_files_id_idx" ON "payload_locked_documents_rels" USING btree ("files_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_holidays_id_idx" ON "payload_locked_documents_rels" USING btree ("holidays_id");
  CREATE INDEX "payload_locked_documents_rels_repost_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("repost_rules_id");
  CREATE INDEX "payload_locked_documents_rels_reposts_id_idx" ON "payload_locked_documents_rels" USING btree ("reposts_id");
  CREATE INDEX "payload_locked_documents_rels_policy_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_documents_id");
  CREATE INDEX "payload_locked_documents_rels_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("interpretations_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_catalog_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_catalog_id");
  CREATE INDEX "payload_locked_documents_rels_self_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("self_checks_id");
  CREATE INDEX "payload_locked_documents_rels_index_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("index_counters_id");
  CREATE INDEX "payload_locked_documents_rels_gazette_issues_id_idx" ON "payload_locked_documents_rels" USING btree ("gazette_issues_id");
  CREATE INDEX "payload_locked_documents_rels_gazette_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("gazette_articles_id");
  CREATE INDEX "payload_locked_documents_rels_search_synonyms_id_idx" ON "payload_locked_documents_rels" USING btree ("search_synonyms_id");
  CREATE INDEX "payload_locked_documents_rels_search_queries_id_idx" ON "payload_locked_documents_rels" USING btree ("search_queries_id");
  CREATE INDEX "payload_locked_documents_rels_availability_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("availability_checks_id");
  CREATE INDEX "payload_locked_documents_rels_site_health_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("site_health_reports_id");
  CREATE INDEX "payload_locked_documents_rels_health_warnings_id_idx" ON "payload_locked_documents_rels" USING btree ("health_warnings_id");
  CREATE INDEX "payload_locked_documents_rels_sensitive_words_id_idx" ON "payload_locked_documents_rels" USING btree ("sensitive_words_id");
  CREATE INDEX "payload_locked_documents_rels_site_leaders_id_idx" ON "payload_locked_documents_rels" USING btree ("site_leaders_id");
  CREATE INDEX "payload_locked_documents_rels_monitor_locks_id_idx" ON "payload_locked_documents_rels" USING btree ("monitor_locks_id");
  CREATE INDEX "payload_locked_documents_rels_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("messages_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_applications_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_applications_id");
  CREATE INDEX "payload_locked_documents_rels_open_days_id_idx" ON "payload_locked_documents_rels" USING btree ("open_days_id");
  CREATE INDEX "payload_locked_documents_rels_open_day_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("open_day_registrations_id");
  CREATE INDEX "payload_locked_documents_rels_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("consultations_id");
  CREATE INDEX "payload_locked_documents_rels_consultation_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("consultation_comments_id");
  CREATE INDEX "payload_locked_documents_rels_form_challenge_uses_id_idx" ON "payload_locked_documents_rels" USING btree ("form_challenge_uses_id");
  CREATE INDEX "payload_locked_documents_rels_page_visits_id_idx" ON "payload_locked_documents_rels" USING btree ("page_visits_id");
  CREATE INDEX "payload_locked_documents_rels_annual_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("annual_reports_id");
  CREATE INDEX "payload_locked_documents_rels_review_cases_id_idx" ON "payload_locked_documents_rels" USING btree ("review_cases_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "platform_settings_rels_order_idx" ON "platform_settings_rels" USING btree ("order");
  CREATE INDEX "platform_settings_rels_parent_idx" ON "platform_settings_rels" USING btree ("parent_id");
  CREATE INDEX "platform_settings_rels_path_idx" ON "platform_settings_rels" USING btree ("path");
  CREATE INDEX "platform_settings_rels_sites_id_idx" ON "platform_settings_rels" USING btree ("sites_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "sites_domains" CASCADE;
  DROP TABLE "sites_mailbox_channels" CASCADE;
  DROP TABLE "sites" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_site_memberships_roles" CASCADE;
  DROP TABLE "users_site_memberships" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "columns" CASCADE;
  DROP TABLE "articles_workflow_log" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_workflow_log" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "files" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "holidays" CASCADE;
  DROP TABLE "repost_rules_source_levels" CASCADE;
  DROP TABLE "repost_rules_content_kinds" CASCADE;
  DROP TABLE "repost_rules_source_column_kinds" CASCADE;
  DROP TABLE "repost_rules_target_levels" CASCADE;
  DROP TABLE "repost_rules_target_column_kinds" CASCADE;
  DROP TABLE "repost_rules" CASCADE;
  DROP TABLE "repost_rules_rels" CASCADE;
  DROP TABLE "reposts" CASCADE;
  DROP TABLE "policy_documents_issuing_agencies" CASCADE;
  DROP TABLE "policy_documents_review_log" CASCADE;
  DROP TABLE "policy_documents_workflow_log" CASCADE;
  DROP TABLE "policy_documents" CASCADE;
  DROP TABLE "policy_documents_rels" CASCADE;
  DROP TABLE "_policy_documents_v_version_issuing_agencies" CASCADE;
  DROP TABLE "_policy_documents_v_version_review_log" CASCADE;
  DROP TABLE "_policy_documents_v_version_workflow_log" CASCADE;
  DROP TABLE "_policy_documents_v" CASCADE;
  DROP TABLE "_policy_documents_v_rels" CASCADE;
  DROP TABLE "interpretations_workflow_log" CASCADE;
  DROP TABLE "interpretations" CASCADE;
  DROP TABLE "interpretations_rels" CASCADE;
  DROP TABLE "_interpretations_v_version_workflow_log" CASCADE;
  DROP TABLE "_interpretations_v" CASCADE;
  DROP TABLE "_interpretations_v_rels" CASCADE;
  DROP TABLE "disclosure_catalog" CASCADE;
  DROP TABLE "self_checks_items" CASCADE;
  DROP TABLE "self_checks_frequent_requests" CASCADE;
  DROP TABLE "self_checks" CASCADE;
  DROP TABLE "index_counters" CASCADE;
  DROP TABLE "gazette_issues_workflow_log" CASCADE;
  DROP TABLE "gazette_issues" CASCADE;
  DROP TABLE "gazette_articles" CASCADE;
  DROP TABLE "search_synonyms" CASCADE;
  DROP TABLE "search_queries" CASCADE;
  DROP TABLE "availability_checks" CASCADE;
  DROP TABLE "site_health_reports" CASCADE;
  DROP TABLE "health_warnings" CASCADE;
  DROP TABLE "sensitive_words" CASCADE;
  DROP TABLE "site_leaders" CASCADE;
  DROP TABLE "monitor_locks" CASCADE;
  DROP TABLE "messages" CASCADE;
  DROP TABLE "disclosure_applications" CASCADE;
  DROP TABLE "open_days" CASCADE;
  DROP TABLE "open_day_registrations" CASCADE;
  DROP TABLE "consultations_feedback_groups" CASCADE;
  DROP TABLE "consultations" CASCADE;
  DROP TABLE "consultations_rels" CASCADE;
  DROP TABLE "consultation_comments" CASCADE;
  DROP TABLE "form_challenge_uses" CASCADE;
  DROP TABLE "page_visits" CASCADE;
  DROP TABLE "annual_reports_website_new_media" CASCADE;
  DROP TABLE "annual_reports" CASCADE;
  DROP TABLE "review_cases" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "platform_settings" CASCADE;
  DROP TABLE "platform_settings_rels" CASCADE;
  DROP TABLE "monitoring_settings" CASCADE;
  DROP TYPE "public"."enum_sites_mailbox_channels";
  DROP TYPE "public"."enum_sites_level";
  DROP TYPE "public"."enum_sites_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_site_memberships_roles";
  DROP TYPE "public"."enum_columns_kind";
  DROP TYPE "public"."enum_articles_workflow_status";
  DROP TYPE "public"."enum_articles_disclosure_attribute";
  DROP TYPE "public"."enum__articles_v_version_workflow_status";
  DROP TYPE "public"."enum__articles_v_version_disclosure_attribute";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_holidays_type";
  DROP TYPE "public"."enum_repost_rules_source_levels";
  DROP TYPE "public"."enum_repost_rules_content_kinds";
  DROP TYPE "public"."enum_repost_rules_source_column_kinds";
  DROP TYPE "public"."enum_repost_rules_target_levels";
  DROP TYPE "public"."enum_repost_rules_target_column_kinds";
  DROP TYPE "public"."enum_repost_rules_source_type";
  DROP TYPE "public"."enum_repost_rules_target_type";
  DROP TYPE "public"."enum_repost_rules_mode";
  DROP TYPE "public"."enum_reposts_original_collection";
  DROP TYPE "public"."enum_reposts_mode";
  DROP TYPE "public"."enum_reposts_status";
  DROP TYPE "public"."enum_reposts_withdrawn_by";
  DROP TYPE "public"."enum_policy_documents_subject_category";
  DROP TYPE "public"."enum_policy_documents_document_kind";
  DROP TYPE "public"."enum_policy_documents_disclosure_attribute";
  DROP TYPE "public"."enum_policy_documents_confidentiality_review_result";
  DROP TYPE "public"."enum_policy_documents_openness_review_result";
  DROP TYPE "public"."enum_policy_documents_validity";
  DROP TYPE "public"."enum_policy_documents_workflow_status";
  DROP TYPE "public"."enum__policy_documents_v_version_subject_category";
  DROP TYPE "public"."enum__policy_documents_v_version_document_kind";
  DROP TYPE "public"."enum__policy_documents_v_version_disclosure_attribute";
  DROP TYPE "public"."enum__policy_documents_v_version_confidentiality_review_result";
  DROP TYPE "public"."enum__policy_documents_v_version_openness_review_result";
  DROP TYPE "public"."enum__policy_documents_v_version_validity";
  DROP TYPE "public"."enum__policy_documents_v_version_workflow_status";
  DROP TYPE "public"."enum_interpretations_form";
  DROP TYPE "public"."enum_interpretations_approval_status";
  DROP TYPE "public"."enum_interpretations_workflow_status";
  DROP TYPE "public"."enum__interpretations_v_version_form";
  DROP TYPE "public"."enum__interpretations_v_version_approval_status";
  DROP TYPE "public"."enum__interpretations_v_version_workflow_status";
  DROP TYPE "public"."enum_disclosure_catalog_entry_type";
  DROP TYPE "public"."enum_self_checks_items_attribute";
  DROP TYPE "public"."enum_self_checks_items_decision";
  DROP TYPE "public"."enum_self_checks_status";
  DROP TYPE "public"."enum_gazette_issues_status";
  DROP TYPE "public"."enum_gazette_articles_category";
  DROP TYPE "public"."enum_gazette_articles_validity";
  DROP TYPE "public"."enum_health_warnings_level";
  DROP TYPE "public"."enum_health_warnings_status";
  DROP TYPE "public"."enum_health_warnings_source";
  DROP TYPE "public"."enum_sensitive_words_kind";
  DROP TYPE "public"."enum_monitor_locks_state";
  DROP TYPE "public"."enum_messages_channel";
  DROP TYPE "public"."enum_messages_status";
  DROP TYPE "public"."enum_messages_invalid_reason";
  DROP TYPE "public"."enum_disclosure_applications_status";
  DROP TYPE "public"."enum_disclosure_applications_channel";
  DROP TYPE "public"."enum_disclosure_applications_applicant_kind";
  DROP TYPE "public"."enum_disclosure_applications_organisation_type";
  DROP TYPE "public"."enum_disclosure_applications_delivery_form";
  DROP TYPE "public"."enum_disclosure_applications_reply_type";
  DROP TYPE "public"."enum_disclosure_applications_result_row";
  DROP TYPE "public"."enum_open_days_status";
  DROP TYPE "public"."enum_open_day_registrations_status";
  DROP TYPE "public"."enum_consultations_feedback_groups_adoption";
  DROP TYPE "public"."enum_consultations_status";
  DROP TYPE "public"."enum_consultation_comments_status";
  DROP TYPE "public"."enum_consultation_comments_adoption";
  DROP TYPE "public"."enum_annual_reports_website_new_media_platform";
  DROP TYPE "public"."enum_annual_reports_kind";
  DROP TYPE "public"."enum_annual_reports_status";
  DROP TYPE "public"."enum_annual_reports_website_header_site_type";
  DROP TYPE "public"."enum_review_cases_kind";
  DROP TYPE "public"."enum_review_cases_result";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
