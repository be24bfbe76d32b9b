variable "github_owner" {
  description = "The GitHub user or organization that owns the repository (no wildcard)."
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", var.github_owner))
    error_message = "github_owner must be one GitHub user or organization name, without wildcards."
  }
}

variable "github_repository" {
  description = "The repository whose workflows may assume the role (no wildcard)."
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9._-]{1,100}$", var.github_repository))
    error_message = "github_repository must be one repository name, without wildcards."
  }
}

variable "github_subjects" {
  description = "The workflow runs that may assume the role: up to 10 sub claims after repo:OWNER/REPO:, without wildcards. ref:refs/heads/main (runs on main: push, schedule, workflow_dispatch, repository_dispatch), pull_request (the pull-request check), environment:NAME (jobs with that environment)."
  type        = list(string)
  default     = ["ref:refs/heads/main"]
  validation {
    # The CloudFormation template's AllowedPattern, on the same list joined by commas (no item has a comma).
    condition = (
      length(split(",", join(",", var.github_subjects))) == length(var.github_subjects) &&
      can(regex("^[^,*?\\[\\]\\s]+(,[^,*?\\[\\]\\s]+){0,9}$", join(",", var.github_subjects)))
    )
    error_message = "github_subjects must be 1 to 10 sub claims after repo:OWNER/REPO: (ref:refs/heads/main, pull_request, environment:NAME), without wildcards, commas or spaces."
  }
}

variable "subject_claim" {
  description = "Optional. The exact sub claim GitHub sends (repositories created since July 2026 send immutable claims with ids; the action prints the sub when STS refuses it). Replaces github_subjects."
  type        = string
  default     = ""
  validation {
    condition     = can(regex("^$|^repo:[^*?]+$", var.subject_claim))
    error_message = "subject_claim must be a sub claim as GitHub sends it (repo:...), without wildcards."
  }
}

variable "role_name" {
  description = "The hub role's name."
  type        = string
  default     = "iam-mfa-audit-hub"
}

variable "role_path" {
  description = "The role's path."
  type        = string
  default     = "/"
}

variable "create_oidc_provider" {
  description = "false when the account already has the token.actions.githubusercontent.com provider."
  type        = bool
  default     = true
}

variable "organization_id" {
  description = "The Organization's id (o-...); the hub may assume member roles only in its accounts."
  type        = string
  validation {
    condition     = can(regex("^o-[a-z0-9]{10,32}$", var.organization_id))
    error_message = "organization_id must be an Organization id (o-...)."
  }
}

variable "member_role_name" {
  description = "The member role's name, as in the organization-member module (the action's member-role-name)."
  type        = string
  default     = "iam-mfa-audit"
}

variable "member_role_path" {
  description = "The member role's path."
  type        = string
  default     = "/"
}

variable "enable_root_sessions" {
  description = "true lets the role open root sessions in member accounts (sts:AssumeRoot, only with the task policy IAMAuditRootUserCredentials, which allows reads of root's own credentials and nothing else), for the action's assume-root: true. Needs centralized root access on in the Organization."
  type        = bool
  default     = false
}
