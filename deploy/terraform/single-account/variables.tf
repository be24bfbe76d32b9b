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

variable "github_branch" {
  description = "Optional. Only workflows running on this branch (e.g. main) may assume the role."
  type        = string
  default     = ""
  validation {
    condition     = can(regex("^[^*?\\[\\]\\s]*$", var.github_branch))
    error_message = "github_branch must be one branch name, without wildcards."
  }
}

variable "github_environment" {
  description = "Optional. Only jobs using this GitHub environment (e.g. audit) may assume the role. Not with github_branch."
  type        = string
  default     = ""
  validation {
    condition     = can(regex("^[^*?\\[\\]]*$", var.github_environment))
    error_message = "github_environment must be one environment name, without wildcards."
  }
}

variable "subject_claim" {
  description = "Optional. The exact sub claim GitHub sends (repositories created since July 2026 send immutable claims with ids; the action prints the sub when STS refuses it). Replaces the three above."
  type        = string
  default     = ""
  validation {
    condition     = can(regex("^$|^repo:[^*?]+$", var.subject_claim))
    error_message = "subject_claim must be a sub claim as GitHub sends it (repo:...), without wildcards."
  }
}

variable "role_name" {
  description = "The role's name."
  type        = string
  default     = "iam-mfa-audit"
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
