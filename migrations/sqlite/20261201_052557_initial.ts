import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sites_domains\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`domain\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_domains_order_idx\` ON \`sites_domains\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sites_domains_parent_id_idx\` ON \`sites_domains\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_domains_domain_idx\` ON \`sites_domains\` (\`domain\`);`)
  await db.run(sql`CREATE TABLE \`sites_mailbox_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_mailbox_channels_order_idx\` ON \`sites_mailbox_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sites_mailbox_channels_parent_idx\` ON \`sites_mailbox_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sites\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`site_code\` text NOT NULL,
  	\`level\` text NOT NULL,
  	\`parent_id\` integer,
  	\`status\` text DEFAULT 'applying' NOT NULL,
  	\`closure_notice_announced_at\` text,
  	\`closure_notice_closes_at\` text,
  	\`closure_notice_successor_site_id\` integer,
  	\`closure_notice_text\` text,
  	\`sponsor\` text NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_address\` text,
  	\`filings_icp_number\` text NOT NULL,
  	\`filings_public_security_number\` text NOT NULL,
  	\`filings_party_gov_label_code\` text,
  	\`filings_error_report_url\` text,
  	\`theme\` text DEFAULT 'default',
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`closure_notice_successor_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sites_site_code_idx\` ON \`sites\` (\`site_code\`);`)
  await db.run(sql`CREATE INDEX \`sites_parent_idx\` ON \`sites\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_status_idx\` ON \`sites\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sites_closure_notice_closure_notice_successor_site_idx\` ON \`sites\` (\`closure_notice_successor_site_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_updated_at_idx\` ON \`sites\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sites_created_at_idx\` ON \`sites\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_site_memberships_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users_site_memberships\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_site_memberships_roles_order_idx\` ON \`users_site_memberships_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_site_memberships_roles_parent_idx\` ON \`users_site_memberships_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_site_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_site_memberships_order_idx\` ON \`users_site_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_site_memberships_parent_id_idx\` ON \`users_site_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_site_memberships_site_idx\` ON \`users_site_memberships\` (\`site_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`columns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text DEFAULT 'news' NOT NULL,
  	\`parent_id\` integer,
  	\`order\` numeric DEFAULT 100,
  	\`show_on_home\` integer DEFAULT true,
  	\`description\` text,
  	\`empty_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`columns_site_idx\` ON \`columns\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_slug_idx\` ON \`columns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`columns_parent_idx\` ON \`columns\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`columns_updated_at_idx\` ON \`columns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`columns_created_at_idx\` ON \`columns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`articles_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_id\` integer,
  	\`by_label\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_workflow_log_order_idx\` ON \`articles_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_log_parent_id_idx\` ON \`articles_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_log_by_idx\` ON \`articles_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`body\` text,
  	\`body_html\` text,
  	\`body_html_renderer\` numeric,
  	\`source\` text,
  	\`author\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft' NOT NULL,
  	\`publish_at\` text,
  	\`review_comment\` text,
  	\`published_at_reason\` text,
  	\`disclosure_attribute\` text DEFAULT 'public' NOT NULL,
  	\`non_disclosure_reason\` text,
  	\`important\` integer DEFAULT false,
  	\`cover_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_site_idx\` ON \`articles\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_status_idx\` ON \`articles\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_cover_image_idx\` ON \`articles\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`columns_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_columns_id_idx\` ON \`articles_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_media_id_idx\` ON \`articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_files_id_idx\` ON \`articles_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_id\` integer,
  	\`by_label\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_log_order_idx\` ON \`_articles_v_version_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_log_parent_id_idx\` ON \`_articles_v_version_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_workflow_log_by_idx\` ON \`_articles_v_version_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_site_id\` integer NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_body_html\` text,
  	\`version_body_html_renderer\` numeric,
  	\`version_source\` text,
  	\`version_author\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_publish_at\` text,
  	\`version_review_comment\` text,
  	\`version_published_at_reason\` text,
  	\`version_disclosure_attribute\` text DEFAULT 'public' NOT NULL,
  	\`version_non_disclosure_reason\` text,
  	\`version_important\` integer DEFAULT false,
  	\`version_cover_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_site_idx\` ON \`_articles_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_status_idx\` ON \`_articles_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_image_idx\` ON \`_articles_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`columns_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_columns_id_idx\` ON \`_articles_v_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_media_id_idx\` ON \`_articles_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_files_id_idx\` ON \`_articles_v_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`alt\` text NOT NULL,
  	\`publicly_referenced\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_site_idx\` ON \`media\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`media_publicly_referenced_idx\` ON \`media\` (\`publicly_referenced\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`publicly_referenced\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`files_site_idx\` ON \`files\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`files_publicly_referenced_idx\` ON \`files\` (\`publicly_referenced\`);`)
  await db.run(sql`CREATE INDEX \`files_updated_at_idx\` ON \`files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`files_created_at_idx\` ON \`files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`files_filename_idx\` ON \`files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`summary\` text,
  	\`site_id\` integer,
  	\`user_id\` integer,
  	\`user_label\` text,
  	\`actor_name\` text,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_site_idx\` ON \`audit_log\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`holidays\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`type\` text DEFAULT 'holiday' NOT NULL,
  	\`name\` text NOT NULL,
  	\`year\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`holidays_date_idx\` ON \`holidays\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`holidays_year_idx\` ON \`holidays\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`holidays_updated_at_idx\` ON \`holidays\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`holidays_created_at_idx\` ON \`holidays\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`repost_rules_source_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`repost_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`repost_rules_source_levels_order_idx\` ON \`repost_rules_source_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`repost_rules_source_levels_parent_idx\` ON \`repost_rules_source_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`repost_rules_content_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`repost_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`repost_rules_content_kinds_order_idx\` ON \`repost_rules_content_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`repost_rules_content_kinds_parent_idx\` ON \`repost_rules_content_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`repost_rules_source_column_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`repost_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`repost_rules_source_column_kinds_order_idx\` ON \`repost_rules_source_column_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`repost_rules_source_column_kinds_parent_idx\` ON \`repost_rules_source_column_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`repost_rules_target_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`repost_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`repost_rules_target_levels_order_idx\` ON \`repost_rules_target_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`repost_rules_target_levels_parent_idx\` ON \`repost_rules_target_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`repost_rules_target_column_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`repost_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`repost_rules_target_column_kinds_order_idx\` ON \`repost_rules_target_column_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`repost_rules_target_column_kinds_parent_idx\` ON \`repost_rules_target_column_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`repost_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`source_type\` text DEFAULT 'sites' NOT NULL,
  	\`target_type\` text DEFAULT 'all' NOT NULL,
  	\`mode\` text DEFAULT 'automatic' NOT NULL,
  	\`deadline_hours\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`repost_rules_updated_at_idx\` ON \`repost_rules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`repost_rules_created_at_idx\` ON \`repost_rules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`repost_rules_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sites_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`repost_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`repost_rules_rels_order_idx\` ON \`repost_rules_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`repost_rules_rels_parent_idx\` ON \`repost_rules_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`repost_rules_rels_path_idx\` ON \`repost_rules_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`repost_rules_rels_sites_id_idx\` ON \`repost_rules_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE TABLE \`reposts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`original_collection\` text NOT NULL,
  	\`original_id\` text NOT NULL,
  	\`original_published_at\` text,
  	\`source_site_id\` integer NOT NULL,
  	\`target_site_id\` integer NOT NULL,
  	\`target_column_id\` integer,
  	\`column_choice\` text,
  	\`rule_id\` integer,
  	\`mode\` text DEFAULT 'automatic' NOT NULL,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`review_reason\` text,
  	\`due_at\` text NOT NULL,
  	\`overdue\` integer DEFAULT false,
  	\`published_at\` text,
  	\`late_minutes\` numeric,
  	\`reviewed_by_id\` integer,
  	\`reviewed_at\` text,
  	\`withdrawn_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`source_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`target_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`target_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`rule_id\`) REFERENCES \`repost_rules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reposts_original_collection_idx\` ON \`reposts\` (\`original_collection\`);`)
  await db.run(sql`CREATE INDEX \`reposts_original_id_idx\` ON \`reposts\` (\`original_id\`);`)
  await db.run(sql`CREATE INDEX \`reposts_original_published_at_idx\` ON \`reposts\` (\`original_published_at\`);`)
  await db.run(sql`CREATE INDEX \`reposts_source_site_idx\` ON \`reposts\` (\`source_site_id\`);`)
  await db.run(sql`CREATE INDEX \`reposts_target_site_idx\` ON \`reposts\` (\`target_site_id\`);`)
  await db.run(sql`CREATE INDEX \`reposts_target_column_idx\` ON \`reposts\` (\`target_column_id\`);`)
  await db.run(sql`CREATE INDEX \`reposts_rule_idx\` ON \`reposts\` (\`rule_id\`);`)
  await db.run(sql`CREATE INDEX \`reposts_status_idx\` ON \`reposts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reposts_due_at_idx\` ON \`reposts\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`reposts_overdue_idx\` ON \`reposts\` (\`overdue\`);`)
  await db.run(sql`CREATE INDEX \`reposts_published_at_idx\` ON \`reposts\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`reposts_reviewed_by_idx\` ON \`reposts\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reposts_updated_at_idx\` ON \`reposts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reposts_created_at_idx\` ON \`reposts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`originalCollection_originalId_targetSite_idx\` ON \`reposts\` (\`original_collection\`,\`original_id\`,\`target_site_id\`);`)
  await db.run(sql`CREATE INDEX \`targetSite_status_originalPublishedAt_idx\` ON \`reposts\` (\`target_site_id\`,\`status\`,\`original_published_at\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_issuing_agencies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`lead\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_issuing_agencies_order_idx\` ON \`policy_documents_issuing_agencies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_issuing_agencies_parent_id_idx\` ON \`policy_documents_issuing_agencies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`result\` text,
  	\`comment\` text,
  	\`by_id\` integer,
  	\`by_label\` text,
  	\`at\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_review_log_order_idx\` ON \`policy_documents_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_review_log_parent_id_idx\` ON \`policy_documents_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_review_log_by_idx\` ON \`policy_documents_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_id\` integer,
  	\`by_label\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_workflow_log_order_idx\` ON \`policy_documents_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_workflow_log_parent_id_idx\` ON \`policy_documents_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_workflow_log_by_idx\` ON \`policy_documents_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`doc_number\` text,
  	\`index_number\` text,
  	\`drafting_site_id\` integer,
  	\`column_id\` integer NOT NULL,
  	\`subject_category\` text,
  	\`document_kind\` text DEFAULT 'other',
  	\`catalog_item_id\` integer,
  	\`written_at\` text NOT NULL,
  	\`issued_at\` text,
  	\`published_at\` text,
  	\`affects_public_rights\` integer DEFAULT true,
  	\`publish_deadline\` text,
  	\`published_late_workdays\` numeric,
  	\`publish_deadline_note\` text,
  	\`body\` text,
  	\`disclosure_attribute\` text DEFAULT 'public' NOT NULL,
  	\`non_disclosure_reason\` text,
  	\`declassified_version_id\` integer,
  	\`declassified_body\` text,
  	\`confidentiality_review_result\` text DEFAULT 'awaiting-review',
  	\`confidentiality_review_reviewed_by_label\` text,
  	\`confidentiality_review_reviewed_at\` text,
  	\`confidentiality_review_comment\` text,
  	\`confidentiality_review_reviewed_by_id\` integer,
  	\`openness_review_result\` text DEFAULT 'awaiting-review',
  	\`openness_review_reviewed_by_label\` text,
  	\`openness_review_reviewed_at\` text,
  	\`openness_review_comment\` text,
  	\`openness_review_reviewed_by_id\` integer,
  	\`interpretation_required\` integer DEFAULT false,
  	\`validity\` text DEFAULT 'in-force' NOT NULL,
  	\`validity_changed_at\` text,
  	\`replaced_by_id\` integer,
  	\`workflow_status\` text DEFAULT 'draft' NOT NULL,
  	\`publish_at\` text,
  	\`review_comment\` text,
  	\`published_at_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`drafting_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`catalog_item_id\`) REFERENCES \`disclosure_catalog\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`declassified_version_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confidentiality_review_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`openness_review_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_site_idx\` ON \`policy_documents\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_doc_number_idx\` ON \`policy_documents\` (\`doc_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_index_number_idx\` ON \`policy_documents\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_drafting_site_idx\` ON \`policy_documents\` (\`drafting_site_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_column_idx\` ON \`policy_documents\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_document_kind_idx\` ON \`policy_documents\` (\`document_kind\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_catalog_item_idx\` ON \`policy_documents\` (\`catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_written_at_idx\` ON \`policy_documents\` (\`written_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_issued_at_idx\` ON \`policy_documents\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_published_at_idx\` ON \`policy_documents\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_publish_deadline_idx\` ON \`policy_documents\` (\`publish_deadline\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_declassified_version_idx\` ON \`policy_documents\` (\`declassified_version_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_confidentiality_review_confidentiality__idx\` ON \`policy_documents\` (\`confidentiality_review_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_openness_review_openness_review_reviewe_idx\` ON \`policy_documents\` (\`openness_review_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_replaced_by_idx\` ON \`policy_documents\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_workflow_status_idx\` ON \`policy_documents\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_updated_at_idx\` ON \`policy_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_created_at_idx\` ON \`policy_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_order_idx\` ON \`policy_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_parent_idx\` ON \`policy_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_path_idx\` ON \`policy_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_files_id_idx\` ON \`policy_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_media_id_idx\` ON \`policy_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_version_issuing_agencies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`lead\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_issuing_agencies_order_idx\` ON \`_policy_documents_v_version_issuing_agencies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_issuing_agencies_parent_id_idx\` ON \`_policy_documents_v_version_issuing_agencies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`result\` text,
  	\`comment\` text,
  	\`by_id\` integer,
  	\`by_label\` text,
  	\`at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_review_log_order_idx\` ON \`_policy_documents_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_review_log_parent_id_idx\` ON \`_policy_documents_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_review_log_by_idx\` ON \`_policy_documents_v_version_review_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_version_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_id\` integer,
  	\`by_label\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_workflow_log_order_idx\` ON \`_policy_documents_v_version_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_workflow_log_parent_id_idx\` ON \`_policy_documents_v_version_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_workflow_log_by_idx\` ON \`_policy_documents_v_version_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_site_id\` integer NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_doc_number\` text,
  	\`version_index_number\` text,
  	\`version_drafting_site_id\` integer,
  	\`version_column_id\` integer NOT NULL,
  	\`version_subject_category\` text,
  	\`version_document_kind\` text DEFAULT 'other',
  	\`version_catalog_item_id\` integer,
  	\`version_written_at\` text NOT NULL,
  	\`version_issued_at\` text,
  	\`version_published_at\` text,
  	\`version_affects_public_rights\` integer DEFAULT true,
  	\`version_publish_deadline\` text,
  	\`version_published_late_workdays\` numeric,
  	\`version_publish_deadline_note\` text,
  	\`version_body\` text,
  	\`version_disclosure_attribute\` text DEFAULT 'public' NOT NULL,
  	\`version_non_disclosure_reason\` text,
  	\`version_declassified_version_id\` integer,
  	\`version_declassified_body\` text,
  	\`version_confidentiality_review_result\` text DEFAULT 'awaiting-review',
  	\`version_confidentiality_review_reviewed_by_label\` text,
  	\`version_confidentiality_review_reviewed_at\` text,
  	\`version_confidentiality_review_comment\` text,
  	\`version_confidentiality_review_reviewed_by_id\` integer,
  	\`version_openness_review_result\` text DEFAULT 'awaiting-review',
  	\`version_openness_review_reviewed_by_label\` text,
  	\`version_openness_review_reviewed_at\` text,
  	\`version_openness_review_comment\` text,
  	\`version_openness_review_reviewed_by_id\` integer,
  	\`version_interpretation_required\` integer DEFAULT false,
  	\`version_validity\` text DEFAULT 'in-force' NOT NULL,
  	\`version_validity_changed_at\` text,
  	\`version_replaced_by_id\` integer,
  	\`version_workflow_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_publish_at\` text,
  	\`version_review_comment\` text,
  	\`version_published_at_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_drafting_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_catalog_item_id\`) REFERENCES \`disclosure_catalog\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_declassified_version_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_confidentiality_review_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_openness_review_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_replaced_by_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_parent_idx\` ON \`_policy_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_site_idx\` ON \`_policy_documents_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_doc_number_idx\` ON \`_policy_documents_v\` (\`version_doc_number\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_index_number_idx\` ON \`_policy_documents_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_drafting_site_idx\` ON \`_policy_documents_v\` (\`version_drafting_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_column_idx\` ON \`_policy_documents_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_document_kind_idx\` ON \`_policy_documents_v\` (\`version_document_kind\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_catalog_item_idx\` ON \`_policy_documents_v\` (\`version_catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_written_at_idx\` ON \`_policy_documents_v\` (\`version_written_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_issued_at_idx\` ON \`_policy_documents_v\` (\`version_issued_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_published_at_idx\` ON \`_policy_documents_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_publish_deadline_idx\` ON \`_policy_documents_v\` (\`version_publish_deadline\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_declassified_version_idx\` ON \`_policy_documents_v\` (\`version_declassified_version_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_confidentiality_review_versi_idx\` ON \`_policy_documents_v\` (\`version_confidentiality_review_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_openness_review_version_open_idx\` ON \`_policy_documents_v\` (\`version_openness_review_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_replaced_by_idx\` ON \`_policy_documents_v\` (\`version_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_workflow_status_idx\` ON \`_policy_documents_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_updated_at_idx\` ON \`_policy_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_version_version_created_at_idx\` ON \`_policy_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_created_at_idx\` ON \`_policy_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_updated_at_idx\` ON \`_policy_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_policy_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_order_idx\` ON \`_policy_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_parent_idx\` ON \`_policy_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_path_idx\` ON \`_policy_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_files_id_idx\` ON \`_policy_documents_v_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_documents_v_rels_media_id_idx\` ON \`_policy_documents_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_id\` integer,
  	\`by_label\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_workflow_log_order_idx\` ON \`interpretations_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_workflow_log_parent_id_idx\` ON \`interpretations_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_workflow_log_by_idx\` ON \`interpretations_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`policy_document_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`form\` text DEFAULT 'text' NOT NULL,
  	\`column_id\` integer,
  	\`interpreter_name\` text NOT NULL,
  	\`interpreter_title\` text,
  	\`interpreter_is_principal\` integer DEFAULT false,
  	\`body\` text,
  	\`external_media_url\` text,
  	\`published_at\` text,
  	\`approval_status\` text DEFAULT 'awaiting-approval' NOT NULL,
  	\`approval_comment\` text,
  	\`approved_by_label\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`workflow_status\` text DEFAULT 'draft' NOT NULL,
  	\`publish_at\` text,
  	\`review_comment\` text,
  	\`published_at_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`policy_document_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_site_idx\` ON \`interpretations\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_policy_document_idx\` ON \`interpretations\` (\`policy_document_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_column_idx\` ON \`interpretations\` (\`column_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_published_at_idx\` ON \`interpretations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_approval_status_idx\` ON \`interpretations\` (\`approval_status\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_approved_by_idx\` ON \`interpretations\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_workflow_status_idx\` ON \`interpretations\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_rels_order_idx\` ON \`interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_parent_idx\` ON \`interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_path_idx\` ON \`interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_media_id_idx\` ON \`interpretations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_files_id_idx\` ON \`interpretations_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_id\` integer,
  	\`by_label\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_workflow_log_order_idx\` ON \`_interpretations_v_version_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_workflow_log_parent_id_idx\` ON \`_interpretations_v_version_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_workflow_log_by_idx\` ON \`_interpretations_v_version_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_site_id\` integer NOT NULL,
  	\`version_policy_document_id\` integer NOT NULL,
  	\`version_title\` text NOT NULL,
  	\`version_form\` text DEFAULT 'text' NOT NULL,
  	\`version_column_id\` integer,
  	\`version_interpreter_name\` text NOT NULL,
  	\`version_interpreter_title\` text,
  	\`version_interpreter_is_principal\` integer DEFAULT false,
  	\`version_body\` text,
  	\`version_external_media_url\` text,
  	\`version_published_at\` text,
  	\`version_approval_status\` text DEFAULT 'awaiting-approval' NOT NULL,
  	\`version_approval_comment\` text,
  	\`version_approved_by_label\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_publish_at\` text,
  	\`version_review_comment\` text,
  	\`version_published_at_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_policy_document_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_column_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_site_idx\` ON \`_interpretations_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_policy_document_idx\` ON \`_interpretations_v\` (\`version_policy_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_column_idx\` ON \`_interpretations_v\` (\`version_column_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_published_at_idx\` ON \`_interpretations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_approval_status_idx\` ON \`_interpretations_v\` (\`version_approval_status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_approved_by_idx\` ON \`_interpretations_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_workflow_status_idx\` ON \`_interpretations_v\` (\`version_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_order_idx\` ON \`_interpretations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_parent_idx\` ON \`_interpretations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_path_idx\` ON \`_interpretations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_media_id_idx\` ON \`_interpretations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_files_id_idx\` ON \`_interpretations_v_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_catalog\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`entry_type\` text DEFAULT 'item' NOT NULL,
  	\`code\` text NOT NULL,
  	\`parent_id\` integer,
  	\`title\` text NOT NULL,
  	\`content_scope\` text,
  	\`legal_basis\` text,
  	\`responsible_unit\` text,
  	\`disclosure_method\` text DEFAULT '政府网站',
  	\`time_limit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosure_catalog\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_catalog_site_idx\` ON \`disclosure_catalog\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_catalog_code_idx\` ON \`disclosure_catalog\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_catalog_parent_idx\` ON \`disclosure_catalog\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_catalog_updated_at_idx\` ON \`disclosure_catalog\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_catalog_created_at_idx\` ON \`disclosure_catalog\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`self_checks_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`policy_document_id\` integer,
  	\`article_id\` integer,
  	\`attribute\` text,
  	\`title\` text,
  	\`doc_number\` text,
  	\`index_number\` text,
  	\`original_reason\` text,
  	\`decision\` text DEFAULT 'undecided',
  	\`decision_reason\` text,
  	\`decided_by_label\` text,
  	\`decided_at\` text,
  	\`converted\` integer,
  	\`decided_by_id\` integer,
  	FOREIGN KEY (\`policy_document_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_checks_items_order_idx\` ON \`self_checks_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`self_checks_items_parent_id_idx\` ON \`self_checks_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`self_checks_items_policy_document_idx\` ON \`self_checks_items\` (\`policy_document_id\`);`)
  await db.run(sql`CREATE INDEX \`self_checks_items_article_idx\` ON \`self_checks_items\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`self_checks_items_decided_by_idx\` ON \`self_checks_items\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE TABLE \`self_checks_frequent_requests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`subject\` text,
  	\`applicants\` numeric,
  	\`applications\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`self_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`self_checks_frequent_requests_order_idx\` ON \`self_checks_frequent_requests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`self_checks_frequent_requests_parent_id_idx\` ON \`self_checks_frequent_requests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`self_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text,
  	\`year\` numeric NOT NULL,
  	\`due_date\` text,
  	\`status\` text DEFAULT 'open',
  	\`overdue\` integer,
  	\`report_total\` numeric,
  	\`report_on_application\` numeric,
  	\`report_not_public\` numeric,
  	\`report_after_declassification\` numeric,
  	\`report_kept\` numeric,
  	\`report_converted\` numeric,
  	\`report_undecided\` numeric,
  	\`report_summary\` text,
  	\`completed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`self_checks_site_idx\` ON \`self_checks\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`self_checks_year_idx\` ON \`self_checks\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`self_checks_updated_at_idx\` ON \`self_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`self_checks_created_at_idx\` ON \`self_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`index_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`site_code\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`last_value\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`index_counters_key_idx\` ON \`index_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_updated_at_idx\` ON \`index_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_created_at_idx\` ON \`index_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`gazette_issues_workflow_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from_status\` text,
  	\`to_status\` text,
  	\`by_id\` integer,
  	\`by_label\` text,
  	\`at\` text,
  	\`comment\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_workflow_log_order_idx\` ON \`gazette_issues_workflow_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_workflow_log_parent_id_idx\` ON \`gazette_issues_workflow_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_workflow_log_by_idx\` ON \`gazette_issues_workflow_log\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`gazette_issues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text,
  	\`year\` numeric NOT NULL,
  	\`issue_number\` numeric NOT NULL,
  	\`total_number\` numeric NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`pdf_id\` integer,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`review_comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_issues_site_idx\` ON \`gazette_issues\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_year_idx\` ON \`gazette_issues\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_total_number_idx\` ON \`gazette_issues\` (\`total_number\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_pdf_idx\` ON \`gazette_issues\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_status_idx\` ON \`gazette_issues\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_updated_at_idx\` ON \`gazette_issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`gazette_issues_created_at_idx\` ON \`gazette_issues\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`gazette_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`issue_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`doc_number\` text,
  	\`issuing_agency\` text,
  	\`category\` text DEFAULT 'other' NOT NULL,
  	\`written_at\` text,
  	\`pages\` text,
  	\`order\` numeric DEFAULT 0,
  	\`body\` text,
  	\`pdf_id\` integer,
  	\`validity\` text DEFAULT 'in-force' NOT NULL,
  	\`policy_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issue_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`policy_document_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`gazette_articles_site_idx\` ON \`gazette_articles\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_articles_issue_idx\` ON \`gazette_articles\` (\`issue_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_articles_doc_number_idx\` ON \`gazette_articles\` (\`doc_number\`);`)
  await db.run(sql`CREATE INDEX \`gazette_articles_pdf_idx\` ON \`gazette_articles\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_articles_policy_document_idx\` ON \`gazette_articles\` (\`policy_document_id\`);`)
  await db.run(sql`CREATE INDEX \`gazette_articles_updated_at_idx\` ON \`gazette_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`gazette_articles_created_at_idx\` ON \`gazette_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_synonyms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`terms\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`search_synonyms_updated_at_idx\` ON \`search_synonyms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_synonyms_created_at_idx\` ON \`search_synonyms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_queries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`query\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`hidden\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`search_queries_site_idx\` ON \`search_queries\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_query_idx\` ON \`search_queries\` (\`query\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_day_idx\` ON \`search_queries\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_hidden_idx\` ON \`search_queries\` (\`hidden\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_updated_at_idx\` ON \`search_queries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_queries_created_at_idx\` ON \`search_queries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`availability_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`domain\` text NOT NULL,
  	\`checked_at\` text NOT NULL,
  	\`ok\` integer,
  	\`status\` numeric,
  	\`ms\` numeric,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`availability_checks_site_idx\` ON \`availability_checks\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`availability_checks_checked_at_idx\` ON \`availability_checks\` (\`checked_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_checks_updated_at_idx\` ON \`availability_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`availability_checks_created_at_idx\` ON \`availability_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_health_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text,
  	\`day\` text NOT NULL,
  	\`run_at\` text NOT NULL,
  	\`veto_count\` numeric NOT NULL,
  	\`score\` numeric NOT NULL,
  	\`warning_count\` numeric,
  	\`vetoes\` text,
  	\`deductions\` text,
  	\`figures\` text,
  	\`problems\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_health_reports_site_idx\` ON \`site_health_reports\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`site_health_reports_day_idx\` ON \`site_health_reports\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`site_health_reports_veto_count_idx\` ON \`site_health_reports\` (\`veto_count\`);`)
  await db.run(sql`CREATE INDEX \`site_health_reports_updated_at_idx\` ON \`site_health_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_health_reports_created_at_idx\` ON \`site_health_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`health_warnings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`code\` text NOT NULL,
  	\`level\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`status\` text DEFAULT 'unresolved' NOT NULL,
  	\`source\` text DEFAULT 'daily' NOT NULL,
  	\`document_collection\` text,
  	\`document_id\` text,
  	\`first_seen_at\` text,
  	\`last_seen_at\` text,
  	\`resolved_at\` text,
  	\`notified_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`health_warnings_site_idx\` ON \`health_warnings\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`health_warnings_code_idx\` ON \`health_warnings\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`health_warnings_status_idx\` ON \`health_warnings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`health_warnings_document_id_idx\` ON \`health_warnings\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`health_warnings_last_seen_at_idx\` ON \`health_warnings\` (\`last_seen_at\`);`)
  await db.run(sql`CREATE INDEX \`health_warnings_updated_at_idx\` ON \`health_warnings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`health_warnings_created_at_idx\` ON \`health_warnings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sensitive_words\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`kind\` text DEFAULT 'misspelling' NOT NULL,
  	\`suggestion\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sensitive_words_term_idx\` ON \`sensitive_words\` (\`term\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_updated_at_idx\` ON \`sensitive_words\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_created_at_idx\` ON \`sensitive_words\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_leaders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`titles\` text NOT NULL,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_leaders_site_idx\` ON \`site_leaders\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`site_leaders_updated_at_idx\` ON \`site_leaders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_leaders_created_at_idx\` ON \`site_leaders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`monitor_locks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`holder\` text NOT NULL,
  	\`state\` text DEFAULT 'running' NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`monitor_locks_key_idx\` ON \`monitor_locks\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`monitor_locks_expires_at_idx\` ON \`monitor_locks\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`monitor_locks_updated_at_idx\` ON \`monitor_locks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`monitor_locks_created_at_idx\` ON \`monitor_locks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`channel\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`content\` text NOT NULL,
  	\`submitter_name\` text,
  	\`submitter_phone\` text,
  	\`submitter_email\` text,
  	\`publish_consent\` integer DEFAULT false,
  	\`privacy_consent\` integer DEFAULT false,
  	\`tracking_code\` text,
  	\`query_password_hash\` text,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`invalid_reason\` text,
  	\`assignee\` text,
  	\`transferred_to_id\` integer,
  	\`reply\` text,
  	\`replying_unit\` text,
  	\`due_on\` text,
  	\`deadline_problem\` text,
  	\`received_at\` text,
  	\`signed_at\` text,
  	\`assigned_at\` text,
  	\`transferred_at\` text,
  	\`replied_at\` text,
  	\`reviewed_at\` text,
  	\`published_at\` text,
  	\`invalid_at\` text,
  	\`personal_data_erased_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`transferred_to_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`messages_site_idx\` ON \`messages\` (\`site_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`messages_tracking_code_idx\` ON \`messages\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`messages_status_idx\` ON \`messages\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`messages_transferred_to_idx\` ON \`messages\` (\`transferred_to_id\`);`)
  await db.run(sql`CREATE INDEX \`messages_updated_at_idx\` ON \`messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`messages_created_at_idx\` ON \`messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`tracking_code\` text,
  	\`query_password_hash\` text,
  	\`status\` text DEFAULT 'awaiting-confirmation' NOT NULL,
  	\`channel\` text NOT NULL,
  	\`handed_in_on\` text,
  	\`signed_for_on\` text,
  	\`confirmed_on\` text,
  	\`applicant_kind\` text NOT NULL,
  	\`organisation_type\` text,
  	\`applicant_name\` text NOT NULL,
  	\`applicant_id_number\` text,
  	\`applicant_contact_person\` text,
  	\`applicant_phone\` text,
  	\`applicant_email\` text,
  	\`applicant_address\` text,
  	\`requested_information\` text NOT NULL,
  	\`purpose\` text,
  	\`delivery_form\` text DEFAULT 'paper' NOT NULL,
  	\`subject_key\` text,
  	\`supplement_requested_on\` text,
  	\`supplement_request\` text,
  	\`supplement_received_on\` text,
  	\`third_party_name\` text,
  	\`third_party_sent_on\` text,
  	\`third_party_replied_on\` text,
  	\`extension_workdays\` numeric,
  	\`extension_approver\` text,
  	\`extension_approved_on\` text,
  	\`extension_notice_on\` text,
  	\`extension_reason\` text,
  	\`fee_amount\` numeric,
  	\`fee_notice_on\` text,
  	\`fee_paid_on\` text,
  	\`received_on\` text,
  	\`clock_start\` text,
  	\`supplement_request_by\` text,
  	\`due_on\` text,
  	\`clock_problem\` text,
  	\`reply_type\` text,
  	\`result_row\` text,
  	\`legal_basis\` text,
  	\`reasons\` text,
  	\`responsible_body\` text,
  	\`reply_text\` text,
  	\`concluded_on\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_applications_site_idx\` ON \`disclosure_applications\` (\`site_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_applications_tracking_code_idx\` ON \`disclosure_applications\` (\`tracking_code\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_status_idx\` ON \`disclosure_applications\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_subject_key_idx\` ON \`disclosure_applications\` (\`subject_key\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_result_row_idx\` ON \`disclosure_applications\` (\`result_row\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_updated_at_idx\` ON \`disclosure_applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_applications_created_at_idx\` ON \`disclosure_applications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`open_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`place\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`registration_opens_at\` text NOT NULL,
  	\`registration_closes_at\` text NOT NULL,
  	\`capacity\` numeric NOT NULL,
  	\`waiting_list_size\` numeric DEFAULT 0 NOT NULL,
  	\`contact\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`open_days_site_idx\` ON \`open_days\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`open_days_status_idx\` ON \`open_days\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`open_days_updated_at_idx\` ON \`open_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`open_days_created_at_idx\` ON \`open_days\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`open_day_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`open_day_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`id_last4\` text NOT NULL,
  	\`confirmation_code\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`seat\` text,
  	\`phone_key\` text,
  	\`checked_in_at\` text,
  	\`cancelled_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`open_day_id\`) REFERENCES \`open_days\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`open_day_registrations_site_idx\` ON \`open_day_registrations\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`open_day_registrations_open_day_idx\` ON \`open_day_registrations\` (\`open_day_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`open_day_registrations_confirmation_code_idx\` ON \`open_day_registrations\` (\`confirmation_code\`);`)
  await db.run(sql`CREATE INDEX \`open_day_registrations_status_idx\` ON \`open_day_registrations\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`open_day_registrations_seat_idx\` ON \`open_day_registrations\` (\`seat\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`open_day_registrations_phone_key_idx\` ON \`open_day_registrations\` (\`phone_key\`);`)
  await db.run(sql`CREATE INDEX \`open_day_registrations_updated_at_idx\` ON \`open_day_registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`open_day_registrations_created_at_idx\` ON \`open_day_registrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`consultations_feedback_groups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`summary\` text NOT NULL,
  	\`comment_count\` numeric,
  	\`concentrated\` integer DEFAULT false,
  	\`adoption\` text NOT NULL,
  	\`reason\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_feedback_groups_order_idx\` ON \`consultations_feedback_groups\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_feedback_groups_parent_id_idx\` ON \`consultations_feedback_groups\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`starts_on\` text NOT NULL,
  	\`ends_on\` text NOT NULL,
  	\`responsible_unit\` text NOT NULL,
  	\`contact\` text,
  	\`basis\` text,
  	\`background\` text,
  	\`draft_text\` text,
  	\`hearing_notice\` text,
  	\`feedback_due_on\` text,
  	\`feedback_due_problem\` text,
  	\`feedback_report\` text,
  	\`feedback_published\` integer DEFAULT false,
  	\`feedback_published_at\` text,
  	\`decision_document_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decision_document_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_site_idx\` ON \`consultations\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_status_idx\` ON \`consultations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`consultations_decision_document_idx\` ON \`consultations\` (\`decision_document_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`consultations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_rels_order_idx\` ON \`consultations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_parent_idx\` ON \`consultations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_path_idx\` ON \`consultations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`consultations_rels_files_id_idx\` ON \`consultations_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE TABLE \`consultation_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`content\` text NOT NULL,
  	\`submitter_name\` text,
  	\`submitter_phone\` text,
  	\`submitter_email\` text,
  	\`personal_data\` text,
  	\`status\` text DEFAULT 'submitted' NOT NULL,
  	\`moderation_note\` text,
  	\`group\` text,
  	\`concentrated\` integer DEFAULT false,
  	\`adoption\` text,
  	\`adoption_reason\` text,
  	\`received_at\` text,
  	\`moderated_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_comments_site_idx\` ON \`consultation_comments\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_consultation_idx\` ON \`consultation_comments\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_status_idx\` ON \`consultation_comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_updated_at_idx\` ON \`consultation_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_created_at_idx\` ON \`consultation_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`form_challenge_uses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`form_challenge_uses_key_idx\` ON \`form_challenge_uses\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`form_challenge_uses_expires_at_idx\` ON \`form_challenge_uses\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`form_challenge_uses_updated_at_idx\` ON \`form_challenge_uses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_challenge_uses_created_at_idx\` ON \`form_challenge_uses\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`page_visits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`day\` text NOT NULL,
  	\`views\` numeric DEFAULT 0 NOT NULL,
  	\`visitors\` numeric DEFAULT 0 NOT NULL,
  	\`sketch\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`page_visits_site_idx\` ON \`page_visits\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`page_visits_day_idx\` ON \`page_visits\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`page_visits_updated_at_idx\` ON \`page_visits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`page_visits_created_at_idx\` ON \`page_visits\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`site_day_idx\` ON \`page_visits\` (\`site_id\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`annual_reports_website_new_media\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`name\` text,
  	\`posts\` numeric,
  	\`followers\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`annual_reports_website_new_media_order_idx\` ON \`annual_reports_website_new_media\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_website_new_media_parent_id_idx\` ON \`annual_reports_website_new_media\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`annual_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`title\` text,
  	\`year\` numeric NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`finalised_at\` text,
  	\`published_at\` text,
  	\`figures\` text,
  	\`website_header_site_type\` text DEFAULT 'portal',
  	\`website_header_overview_updates\` numeric,
  	\`website_interpretation_media_comments\` numeric,
  	\`website_interpretation_responses\` numeric,
  	\`website_services_catalog_published\` integer DEFAULT false,
  	\`website_services_registered_users\` numeric,
  	\`website_services_service_items\` numeric,
  	\`website_services_online_items\` numeric,
  	\`website_services_cases\` numeric,
  	\`website_services_cases_persons\` numeric,
  	\`website_services_cases_legal\` numeric,
  	\`website_interaction_unified_platform\` integer DEFAULT false,
  	\`website_interaction_smart_answers\` integer DEFAULT false,
  	\`website_interaction_interviews\` numeric,
  	\`website_interaction_interview_questions\` numeric,
  	\`website_interaction_interview_answers\` numeric,
  	\`website_security_monitoring_mechanism\` integer DEFAULT false,
  	\`website_security_emergency_drill\` integer DEFAULT false,
  	\`website_security_security_officer\` integer DEFAULT false,
  	\`website_innovation_search_service\` integer DEFAULT false,
  	\`website_innovation_multilingual\` integer DEFAULT false,
  	\`website_innovation_accessibility\` integer DEFAULT false,
  	\`website_innovation_personalised\` integer DEFAULT false,
  	\`website_innovation_other\` text,
  	\`website_sign_off_head\` text,
  	\`website_sign_off_reviewer\` text,
  	\`website_sign_off_filled_by\` text,
  	\`website_sign_off_phone\` text,
  	\`openness_table2_entered_licensing\` numeric,
  	\`openness_table2_entered_penalties\` numeric,
  	\`openness_table2_entered_enforcement\` numeric,
  	\`openness_table2_entered_fees\` numeric,
  	\`openness_sections_overview\` text,
  	\`openness_sections_problems\` text,
  	\`openness_sections_other_matters\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`annual_reports_site_idx\` ON \`annual_reports\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_year_idx\` ON \`annual_reports\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_status_idx\` ON \`annual_reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_updated_at_idx\` ON \`annual_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_created_at_idx\` ON \`annual_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_cases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`case_number\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`result\` text DEFAULT 'pending' NOT NULL,
  	\`summary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_cases_site_idx\` ON \`review_cases\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`review_cases_year_idx\` ON \`review_cases\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`review_cases_updated_at_idx\` ON \`review_cases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_cases_created_at_idx\` ON \`review_cases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sites_id\` integer,
  	\`users_id\` integer,
  	\`columns_id\` integer,
  	\`articles_id\` integer,
  	\`media_id\` integer,
  	\`files_id\` integer,
  	\`audit_log_id\` integer,
  	\`holidays_id\` integer,
  	\`repost_rules_id\` integer,
  	\`reposts_id\` integer,
  	\`policy_documents_id\` integer,
  	\`interpretations_id\` integer,
  	\`disclosure_catalog_id\` integer,
  	\`self_checks_id\` integer,
  	\`index_counters_id\` integer,
  	\`gazette_issues_id\` integer,
  	\`gazette_articles_id\` integer,
  	\`search_synonyms_id\` integer,
  	\`search_queries_id\` integer,
  	\`availability_checks_id\` integer,
  	\`site_health_reports_id\` integer,
  	\`health_warnings_id\` integer,
  	\`sensitive_words_id\` integer,
  	\`site_leaders_id\` integer,
  	\`monitor_locks_id\` integer,
  	\`messages_id\` integer,
  	\`disclosure_applications_id\` integer,
  	\`open_days_id\` integer,
  	\`open_day_registrations_id\` integer,
  	\`consultations_id\` integer,
  	\`consultation_comments_id\` integer,
  	\`form_challenge_uses_id\` integer,
  	\`page_visits_id\` integer,
  	\`annual_reports_id\` integer,
  	\`review_cases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`columns_id\`) REFERENCES \`columns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`files_id\`) REFERENCES \`files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holidays_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`repost_rules_id\`) REFERENCES \`repost_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reposts_id\`) REFERENCES \`reposts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_catalog_id\`) REFERENCES \`disclosure_catalog\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`self_checks_id\`) REFERENCES \`self_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_counters_id\`) REFERENCES \`index_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`gazette_issues_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`gazette_articles_id\`) REFERENCES \`gazette_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_synonyms_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_queries_id\`) REFERENCES \`search_queries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`availability_checks_id\`) REFERENCES \`availability_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_health_reports_id\`) REFERENCES \`site_health_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`health_warnings_id\`) REFERENCES \`health_warnings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_words_id\`) REFERENCES \`sensitive_words\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_leaders_id\`) REFERENCES \`site_leaders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`monitor_locks_id\`) REFERENCES \`monitor_locks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`messages_id\`) REFERENCES \`messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_applications_id\`) REFERENCES \`disclosure_applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`open_days_id\`) REFERENCES \`open_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`open_day_registrations_id\`) REFERENCES \`open_day_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultation_comments_id\`) REFERENCES \`consultation_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_challenge_uses_id\`) REFERENCES \`form_challenge_uses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_visits_id\`) REFERENCES \`page_visits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`annual_reports_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_cases_id\`) REFERENCES \`review_cases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_columns_id_idx\` ON \`payload_locked_documents_rels\` (\`columns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_files_id_idx\` ON \`payload_locked_documents_rels\` (\`files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holidays_id_idx\` ON \`payload_locked_documents_rels\` (\`holidays_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_repost_rules_id_idx\` ON \`payload_locked_documents_rels\` (\`repost_rules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reposts_id_idx\` ON \`payload_locked_documents_rels\` (\`reposts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_catalog_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_catalog_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_self_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`self_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`index_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_gazette_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`gazette_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_gazette_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`gazette_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_synonyms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_queries_id_idx\` ON \`payload_locked_documents_rels\` (\`search_queries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_availability_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`availability_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_health_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`site_health_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_health_warnings_id_idx\` ON \`payload_locked_documents_rels\` (\`health_warnings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_words_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_words_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_leaders_id_idx\` ON \`payload_locked_documents_rels\` (\`site_leaders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_monitor_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`monitor_locks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_open_days_id_idx\` ON \`payload_locked_documents_rels\` (\`open_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_open_day_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`open_day_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_challenge_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`form_challenge_uses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_visits_id_idx\` ON \`payload_locked_documents_rels\` (\`page_visits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_cases_id_idx\` ON \`payload_locked_documents_rels\` (\`review_cases_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`platform_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`closure_notice_days\` numeric DEFAULT 30 NOT NULL,
  	\`policy_publish_workdays\` numeric DEFAULT 5 NOT NULL,
  	\`active_disclosure_workdays\` numeric DEFAULT 20 NOT NULL,
  	\`repost_deadline_hours\` numeric DEFAULT 24 NOT NULL,
  	\`list_page_size\` numeric DEFAULT 20 NOT NULL,
  	\`home_items_per_column\` numeric DEFAULT 6 NOT NULL,
  	\`principal_interpretations_per_year\` numeric DEFAULT 2 NOT NULL,
  	\`message_reply_workdays\` numeric DEFAULT 15 NOT NULL,
  	\`consultation_feedback_workdays\` numeric DEFAULT 15 NOT NULL,
  	\`message_retention_years\` numeric DEFAULT 3 NOT NULL,
  	\`disclosure_reply_workdays\` numeric DEFAULT 20 NOT NULL,
  	\`disclosure_extension_workdays\` numeric DEFAULT 20 NOT NULL,
  	\`disclosure_supplement_request_workdays\` numeric DEFAULT 7 NOT NULL,
  	\`disclosure_third_party_workdays\` numeric DEFAULT 15 NOT NULL,
  	\`disclosure_fee_payment_workdays\` numeric DEFAULT 20 NOT NULL,
  	\`frequent_request_applicants\` numeric DEFAULT 3 NOT NULL,
  	\`video_hosts\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`platform_settings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sites_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`platform_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`platform_settings_rels_order_idx\` ON \`platform_settings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`platform_settings_rels_parent_idx\` ON \`platform_settings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`platform_settings_rels_path_idx\` ON \`platform_settings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`platform_settings_rels_sites_id_idx\` ON \`platform_settings_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE TABLE \`monitoring_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`availability_window_days\` numeric DEFAULT 7 NOT NULL,
  	\`availability_timeout_seconds\` numeric DEFAULT 15 NOT NULL,
  	\`availability_probes_per_day\` numeric DEFAULT 24 NOT NULL,
  	\`unreachable_veto_percent\` numeric DEFAULT 5 NOT NULL,
  	\`unreachable_warn_percent\` numeric DEFAULT 3 NOT NULL,
  	\`home_stale_veto_days\` numeric DEFAULT 14 NOT NULL,
  	\`home_stale_warn_days\` numeric DEFAULT 10 NOT NULL,
  	\`news_stale_days\` numeric DEFAULT 14 NOT NULL,
  	\`notice_policy_stale_months\` numeric DEFAULT 6 NOT NULL,
  	\`news_notice_stale_veto_count\` numeric DEFAULT 5 NOT NULL,
  	\`long_stale_veto_count\` numeric DEFAULT 10 NOT NULL,
  	\`empty_columns_veto_count\` numeric DEFAULT 5 NOT NULL,
  	\`empty_columns_warn_above\` numeric DEFAULT 2 NOT NULL,
  	\`stale_columns_warn_above\` numeric DEFAULT 6 NOT NULL,
  	\`external_link_timeout_seconds\` numeric DEFAULT 10 NOT NULL,
  	\`external_requests_per_host_per_minute\` numeric DEFAULT 30 NOT NULL,
  	\`external_links_per_run\` numeric DEFAULT 20000 NOT NULL,
  	\`deduct_per_stale_column\` numeric DEFAULT 1 NOT NULL,
  	\`deduct_per_empty_column\` numeric DEFAULT 2 NOT NULL,
  	\`deduct_per_broken_home_link\` numeric DEFAULT 1 NOT NULL,
  	\`deduct_per_broken_inner_link\` numeric DEFAULT 0.1 NOT NULL,
  	\`deduct_per_broken_external_link\` numeric DEFAULT 0.1 NOT NULL,
  	\`deduct_per_footer_element\` numeric DEFAULT 2 NOT NULL,
  	\`deduct_per_late_repost\` numeric DEFAULT 0.5 NOT NULL,
  	\`deduct_per_unreachable_percent\` numeric DEFAULT 2 NOT NULL,
  	\`deduct_per_content_finding\` numeric DEFAULT 1 NOT NULL,
  	\`long_stale_days_by_kind_interpretation\` numeric DEFAULT 365 NOT NULL,
  	\`long_stale_days_by_kind_personnel\` numeric DEFAULT 365 NOT NULL,
  	\`long_stale_days_by_kind_planning\` numeric DEFAULT 365 NOT NULL,
  	\`long_stale_days_by_kind_disclosure\` numeric DEFAULT 365 NOT NULL,
  	\`long_stale_days_by_kind_service\` numeric DEFAULT 365 NOT NULL,
  	\`long_stale_days_by_kind_topic\` numeric DEFAULT 365 NOT NULL,
  	\`long_stale_days_by_kind_other\` numeric DEFAULT 365 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sites_domains\`;`)
  await db.run(sql`DROP TABLE \`sites_mailbox_channels\`;`)
  await db.run(sql`DROP TABLE \`sites\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_site_memberships_roles\`;`)
  await db.run(sql`DROP TABLE \`users_site_memberships\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`columns\`;`)
  await db.run(sql`DROP TABLE \`articles_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`files\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`holidays\`;`)
  await db.run(sql`DROP TABLE \`repost_rules_source_levels\`;`)
  await db.run(sql`DROP TABLE \`repost_rules_content_kinds\`;`)
  await db.run(sql`DROP TABLE \`repost_rules_source_column_kinds\`;`)
  await db.run(sql`DROP TABLE \`repost_rules_target_levels\`;`)
  await db.run(sql`DROP TABLE \`repost_rules_target_column_kinds\`;`)
  await db.run(sql`DROP TABLE \`repost_rules\`;`)
  await db.run(sql`DROP TABLE \`repost_rules_rels\`;`)
  await db.run(sql`DROP TABLE \`reposts\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_issuing_agencies\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_review_log\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`policy_documents\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_version_issuing_agencies\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_version_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`interpretations_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`disclosure_catalog\`;`)
  await db.run(sql`DROP TABLE \`self_checks_items\`;`)
  await db.run(sql`DROP TABLE \`self_checks_frequent_requests\`;`)
  await db.run(sql`DROP TABLE \`self_checks\`;`)
  await db.run(sql`DROP TABLE \`index_counters\`;`)
  await db.run(sql`DROP TABLE \`gazette_issues_workflow_log\`;`)
  await db.run(sql`DROP TABLE \`gazette_issues\`;`)
  await db.run(sql`DROP TABLE \`gazette_articles\`;`)
  await db.run(sql`DROP TABLE \`search_synonyms\`;`)
  await db.run(sql`DROP TABLE \`search_queries\`;`)
  await db.run(sql`DROP TABLE \`availability_checks\`;`)
  await db.run(sql`DROP TABLE \`site_health_reports\`;`)
  await db.run(sql`DROP TABLE \`health_warnings\`;`)
  await db.run(sql`DROP TABLE \`sensitive_words\`;`)
  await db.run(sql`DROP TABLE \`site_leaders\`;`)
  await db.run(sql`DROP TABLE \`monitor_locks\`;`)
  await db.run(sql`DROP TABLE \`messages\`;`)
  await db.run(sql`DROP TABLE \`disclosure_applications\`;`)
  await db.run(sql`DROP TABLE \`open_days\`;`)
  await db.run(sql`DROP TABLE \`open_day_registrations\`;`)
  await db.run(sql`DROP TABLE \`consultations_feedback_groups\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`consultations_rels\`;`)
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(sql`DROP TABLE \`form_challenge_uses\`;`)
  await db.run(sql`DROP TABLE \`page_visits\`;`)
  await db.run(sql`DROP TABLE \`annual_reports_website_new_media\`;`)
  await db.run(sql`DROP TABLE \`annual_reports\`;`)
  await db.run(sql`DROP TABLE \`review_cases\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`platform_settings\`;`)
  await db.run(sql`DROP TABLE \`platform_settings_rels\`;`)
  await db.run(sql`DROP TABLE \`monitoring_settings\`;`)
}
