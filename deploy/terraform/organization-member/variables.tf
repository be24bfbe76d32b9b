variable "hub_role_arn" {
  description = "The role_arn output of the organization-hub module (the only principal trusted)."
  type        = string
  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[!-~]+$", var.hub_role_arn))
    error_message = "hub_role_arn must be the ARN of one IAM role."
  }
}

variable "organization_id" {
  description = "Optional. The Organization's id (o-...); when given, the hub must also be in it."
  type        = string
  default     = ""
  validation {
    condition     = can(regex("^$|^o-[a-z0-9]{10,32}$", var.organization_id))
    error_message = "organization_id must be empty or an Organization id (o-...)."
  }
}

variable "role_name" {
  description = "The member role's name (the action's member-role-name)."
  type        = string
  default     = "iam-mfa-audit"
}

variable "role_path" {
  description = "The member role's path."
  type        = string
  default     = "/"
}
