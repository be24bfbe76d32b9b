variable "central_bus_arn" {
  description = "The central bus (the change-events-organization-central module's central_bus_arn output)."
  type        = string
  validation {
    condition     = can(regex("^arn:aws[a-z-]*:events:us-east-1:\\d{12}:event-bus/[A-Za-z0-9._-]+$", var.central_bus_arn))
    error_message = "central_bus_arn must be the ARN of an event bus in us-east-1."
  }
}

variable "alarm_topic_arn" {
  description = "Optional SNS topic told when forwarding to the central bus fails."
  type        = string
  default     = ""
}

variable "name_prefix" {
  description = "The prefix of the names of the resources this module creates."
  type        = string
  default     = "iam-mfa-audit"
}
