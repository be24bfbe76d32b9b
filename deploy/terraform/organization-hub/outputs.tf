output "role_arn" {
  description = "The role-to-assume of the iam-mfa-audit step, and the hub_role_arn of the organization-member module."
  value       = aws_iam_role.audit.arn
}
