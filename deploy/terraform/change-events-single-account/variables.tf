variable "github_owner" {
  description = "The repository's owner (user or organization)."
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", var.github_owner))
    error_message = "github_owner must be one GitHub user or organization name."
  }
}

variable "github_repository" {
  description = "The repository whose workflow runs on repository_dispatch."
  type        = string
  validation {
    condition     = can(regex("^[A-Za-z0-9._-]{1,100}$", var.github_repository))
    error_message = "github_repository must be one repository name."
  }
}

variable "github_token" {
  description = "A fine-grained personal access token with Contents read and write on this one repository. Kept in the connection's Secrets Manager secret (and in the Terraform state: keep the state private); rotate it yearly."
  type        = string
  sensitive   = true
  validation {
    condition     = can(regex("^\\S{20,}$", var.github_token))
    error_message = "github_token must be a GitHub token (20 characters or more, no spaces)."
  }
}

variable "alarm_topic_arn" {
  description = "Optional SNS topic told when a dispatch fails (an expired token, most often)."
  type        = string
  default     = ""
}

variable "name_prefix" {
  description = "The prefix of the names of the resources this module creates."
  type        = string
  default     = "iam-mfa-audit"
}
