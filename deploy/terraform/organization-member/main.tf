data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "trust" {
  statement {
    sid     = "IamMfaAuditHub"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [var.hub_role_arn]
    }
    dynamic "condition" {
      for_each = var.organization_id != "" ? [var.organization_id] : []
      content {
        test     = "StringEquals"
        variable = "aws:PrincipalOrgID"
        values   = [condition.value]
      }
    }
  }
}

data "aws_iam_policy_document" "permissions" {
  statement {
    sid    = "AccountEvidence"
    effect = "Allow"
    actions = [
      "iam:GetAccountSummary",
      "iam:ListVirtualMFADevices",
      "iam:ListAccountAliases",
      "iam:GenerateCredentialReport",
      "iam:GetCredentialReport",
      "iam:ListUsers",
    ]
    resources = ["*"]
  }
  statement {
    sid       = "UserEvidence"
    effect    = "Allow"
    actions   = ["iam:ListMFADevices", "iam:GetLoginProfile"]
    resources = ["arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:user/*"]
  }
  statement {
    sid       = "UserPoolListing"
    effect    = "Allow"
    actions   = ["cognito-idp:ListUserPools", "account:ListRegions"]
    resources = ["*"]
  }
  statement {
    sid       = "UserPoolEvidence"
    effect    = "Allow"
    actions   = ["cognito-idp:DescribeUserPool", "cognito-idp:GetUserPoolMfaConfig"]
    resources = ["arn:${data.aws_partition.current.partition}:cognito-idp:*:${data.aws_caller_identity.current.account_id}:userpool/*"]
  }
}

resource "aws_iam_role" "member" {
  name                 = var.role_name
  path                 = var.role_path
  description          = "Read-only evidence for iam-mfa-audit, assumed by its hub role (chained, at most 1 hour)."
  max_session_duration = 3600
  assume_role_policy   = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "member" {
  name   = "iam-mfa-audit"
  role   = aws_iam_role.member.id
  policy = data.aws_iam_policy_document.permissions.json
}
