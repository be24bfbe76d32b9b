output "role_arn" {
  description = "The member role's ARN."
  value       = aws_iam_role.member.arn
}
