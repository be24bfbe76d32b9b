output "role_arn" {
  description = "The role-to-assume of the iam-mfa-audit step."
  value       = aws_iam_role.audit.arn
}
