data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

locals {
  repository_subject = "repo:${var.github_owner}/${var.github_repository}"
  # Exact sub claims only (StringEquals): the subject as GitHub sends it, or each listed one after repo:OWNER/REPO:.
  subjects = var.subject_claim != "" ? [var.subject_claim] : formatlist("${local.repository_subject}:%s", var.github_subjects)
  oidc_provider_arn = (
    var.create_oidc_provider ? aws_iam_openid_connect_provider.github[0].arn :
    "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/token.actions.githubusercontent.com"
  )
}

resource "aws_iam_openid_connect_provider" "github" {
  count           = var.create_oidc_provider ? 1 : 0
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd"]
}

data "aws_iam_policy_document" "trust" {
  statement {
    sid     = "GitHubActions"
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [local.oidc_provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = local.subjects
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
  statement {
    sid       = "CognitoRegions"
    effect    = "Allow"
    actions   = ["ssm:GetParametersByPath"]
    resources = ["arn:${data.aws_partition.current.partition}:ssm:*::parameter/aws/service/global-infrastructure/services/cognito-idp/regions"]
  }
  statement {
    sid    = "OrganizationDiscovery"
    effect = "Allow"
    actions = [
      "organizations:ListAccounts",
      "organizations:ListAccountsForParent",
      "organizations:ListChildren",
      # A change event's account: is it a member, and under which OUs (no full listing).
      "organizations:DescribeAccount",
      "organizations:ListParents",
      "iam:ListOrganizationsFeatures",
    ]
    resources = ["*"]
  }
  statement {
    sid       = "MemberSessions"
    effect    = "Allow"
    actions   = ["sts:AssumeRole"]
    resources = ["arn:${data.aws_partition.current.partition}:iam::*:role${var.member_role_path}${var.member_role_name}"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceOrgID"
      values   = [var.organization_id]
    }
  }
}

resource "aws_iam_role" "audit" {
  name                 = var.role_name
  path                 = var.role_path
  description          = "iam-mfa-audit hub - reads the Organization's accounts, audits them through their member roles."
  max_session_duration = 3600
  assume_role_policy   = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "audit" {
  name   = "iam-mfa-audit"
  role   = aws_iam_role.audit.id
  policy = data.aws_iam_policy_document.permissions.json
}

# assume-root: a root session in a member, limited to the audit task policy (reads only), and which
# account is the management account (no root session may target it).
data "aws_iam_policy_document" "root_sessions" {
  statement {
    sid       = "RootSessions"
    effect    = "Allow"
    actions   = ["sts:AssumeRoot"]
    resources = ["arn:${data.aws_partition.current.partition}:iam::*:root"]
    condition {
      test     = "StringEquals"
      variable = "sts:TaskPolicyArn"
      values   = ["arn:${data.aws_partition.current.partition}:iam::aws:policy/root-task/IAMAuditRootUserCredentials"]
    }
  }
  statement {
    sid       = "ManagementAccount"
    effect    = "Allow"
    actions   = ["organizations:DescribeOrganization"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "root_sessions" {
  count  = var.enable_root_sessions ? 1 : 0
  name   = "iam-mfa-audit-root-sessions"
  role   = aws_iam_role.audit.id
  policy = data.aws_iam_policy_document.root_sessions.json
}
