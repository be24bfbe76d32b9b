# Red within minutes of a change (an Organization, central account), as
# deploy/change-events/organization-central.yml: an event bus that every account's forwarding rule
# (the change-events-organization-member module) sends to, limited to the Organization, and the
# rules that post a repository_dispatch (event type iam-mfa-change) to GitHub.

data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

locals {
  # The event patterns and the input transformer of the CloudFormation templates, to the letter
  # (__tests__/deploy/templates.test.ts compares them).
  iam_change_pattern = <<-JSON
    {
      "source": ["aws.iam"],
      "detail-type": ["AWS API Call via CloudTrail"],
      "detail": {
        "eventSource": ["iam.amazonaws.com"],
        "errorCode": [{ "exists": false }],
        "$or": [
          {
            "eventName": [
              "EnableMFADevice",
              "DeactivateMFADevice",
              "CreateLoginProfile",
              "DeleteLoginProfile",
              "CreateUser",
              "DeleteUser"
            ]
          },
          {
            "eventName": ["CreateAccessKey", "DeleteAccessKey", "UpdateAccessKey"],
            "userIdentity": { "type": ["Root"] }
          }
        ]
      }
    }
  JSON
  root_sign_in_pattern = <<-JSON
    {
      "source": ["aws.signin"],
      "detail": {
        "eventName": ["ConsoleLogin"],
        "userIdentity": { "type": ["Root"] },
        "responseElements": { "ConsoleLogin": ["Success"] },
        "errorCode": [{ "exists": false }]
      }
    }
  JSON
  input_paths = {
    account = "$.account"
    region  = "$.region"
    event   = "$.detail.eventName"
    user    = "$.detail.requestParameters.userName"
    actor   = "$.detail.userIdentity.arn"
    time    = "$.detail.eventTime"
    eventId = "$.detail.eventID"
    mfaUsed = "$.detail.additionalEventData.MFAUsed"
  }
  input_template = <<-EOT
    {"event_type": "iam-mfa-change", "client_payload": {"account": <account>,
    "region": <region>, "event": <event>, "user": <user>, "actor": <actor>,
    "time": <time>, "eventId": <eventId>, "mfaUsed": <mfaUsed>}}
  EOT
  alarm_actions = var.alarm_topic_arn == "" ? [] : [var.alarm_topic_arn]
}

resource "aws_cloudwatch_event_bus" "central" {
  name = var.central_bus_name
}

data "aws_iam_policy_document" "central_bus" {
  statement {
    sid       = "organization-accounts-put-events"
    effect    = "Allow"
    actions   = ["events:PutEvents"]
    resources = [aws_cloudwatch_event_bus.central.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.organization_id]
    }
  }
}

resource "aws_cloudwatch_event_bus_policy" "central" {
  event_bus_name = aws_cloudwatch_event_bus.central.name
  policy         = data.aws_iam_policy_document.central_bus.json
}

resource "aws_cloudwatch_event_rule" "iam_change" {
  event_bus_name = aws_cloudwatch_event_bus.central.name
  name           = "${var.name_prefix}-iam-changes"
  description    = "Successful IAM calls that change what IAM.9, IAM.6, IAM.4, IAM.5 and IAM.19 read."
  event_pattern  = local.iam_change_pattern

  lifecycle {
    precondition {
      condition     = data.aws_region.current.name == "us-east-1"
      error_message = "IAM and root sign-in events reach EventBridge in us-east-1 only: use a us-east-1 provider."
    }
  }
}

resource "aws_cloudwatch_event_rule" "root_sign_in" {
  event_bus_name = aws_cloudwatch_event_bus.central.name
  name           = "${var.name_prefix}-root-sign-ins"
  description    = "Every successful root sign-in, with or without MFA (not IAM users' sign-ins)."
  event_pattern  = local.root_sign_in_pattern
}

resource "aws_cloudwatch_event_target" "iam_change" {
  event_bus_name = aws_cloudwatch_event_bus.central.name
  rule           = aws_cloudwatch_event_rule.iam_change.name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = local.input_paths
    input_template = local.input_template
  }
  retry_policy {
    maximum_retry_attempts       = 10
    maximum_event_age_in_seconds = 3600
  }
  dead_letter_config {
    arn = aws_sqs_queue.dead_letter.arn
  }
}

resource "aws_cloudwatch_event_target" "root_sign_in" {
  event_bus_name = aws_cloudwatch_event_bus.central.name
  rule           = aws_cloudwatch_event_rule.root_sign_in.name
  target_id      = "github-dispatch"
  arn            = aws_cloudwatch_event_api_destination.github.arn
  role_arn       = aws_iam_role.invoke.arn
  input_transformer {
    input_paths    = local.input_paths
    input_template = local.input_template
  }
  retry_policy {
    maximum_retry_attempts       = 10
    maximum_event_age_in_seconds = 3600
  }
  dead_letter_config {
    arn = aws_sqs_queue.dead_letter.arn
  }
}

resource "aws_cloudwatch_event_connection" "github" {
  name               = "${var.name_prefix}-github"
  description        = "GitHub's REST API with a fine-grained token."
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "Authorization"
      value = "Bearer ${var.github_token}"
    }
    invocation_http_parameters {
      header {
        key   = "Accept"
        value = "application/vnd.github+json"
      }
      header {
        key   = "X-GitHub-Api-Version"
        value = "2022-11-28"
      }
    }
  }
}

resource "aws_cloudwatch_event_api_destination" "github" {
  name                             = "${var.name_prefix}-github-dispatch"
  connection_arn                   = aws_cloudwatch_event_connection.github.arn
  http_method                      = "POST"
  invocation_endpoint              = "https://api.github.com/repos/${var.github_owner}/${var.github_repository}/dispatches"
  invocation_rate_limit_per_second = 1
}

data "aws_iam_policy_document" "invoke_trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

data "aws_iam_policy_document" "invoke" {
  statement {
    effect    = "Allow"
    actions   = ["events:InvokeApiDestination"]
    resources = [aws_cloudwatch_event_api_destination.github.arn]
  }
}

resource "aws_iam_role" "invoke" {
  name_prefix        = "${var.name_prefix}-invoke-"
  assume_role_policy = data.aws_iam_policy_document.invoke_trust.json
}

resource "aws_iam_role_policy" "invoke" {
  name   = "invoke-github-dispatch"
  role   = aws_iam_role.invoke.id
  policy = data.aws_iam_policy_document.invoke.json
}

# Terraform has no DeletionPolicy: Retain. `terraform destroy` deletes the queue and any dead letters
# in it; read them first (the README's Alarms section).
resource "aws_sqs_queue" "dead_letter" {
  name_prefix               = "${var.name_prefix}-dead-letters-"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

data "aws_iam_policy_document" "dead_letter" {
  statement {
    effect    = "Allow"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.dead_letter.arn]
    principals {
      type        = "Service"
      identifiers = ["events.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_cloudwatch_event_rule.iam_change.arn, aws_cloudwatch_event_rule.root_sign_in.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "dead_letter" {
  queue_url = aws_sqs_queue.dead_letter.url
  policy    = data.aws_iam_policy_document.dead_letter.json
}

resource "aws_cloudwatch_metric_alarm" "failed_invocations" {
  alarm_name          = "${var.name_prefix}-failed-dispatches"
  alarm_description   = "A dispatch to GitHub failed (an expired or revoked token, most often)."
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  # EventBridge sends FailedInvocations only when it is not zero, so no data means no failure. The
  # rules are on a custom bus: EventBridge publishes their metrics with EventBusName and RuleName.
  treat_missing_data = "notBreaching"
  alarm_actions      = local.alarm_actions

  metric_query {
    id          = "failed"
    expression  = "iam + signin"
    label       = "FailedInvocations of both rules"
    return_data = true
  }
  metric_query {
    id          = "iam"
    return_data = false
    metric {
      namespace   = "AWS/Events"
      metric_name = "FailedInvocations"
      dimensions  = {
        EventBusName = aws_cloudwatch_event_bus.central.name
        RuleName     = aws_cloudwatch_event_rule.iam_change.name
      }
      period = 300
      stat   = "Sum"
    }
  }
  metric_query {
    id          = "signin"
    return_data = false
    metric {
      namespace   = "AWS/Events"
      metric_name = "FailedInvocations"
      dimensions  = {
        EventBusName = aws_cloudwatch_event_bus.central.name
        RuleName     = aws_cloudwatch_event_rule.root_sign_in.name
      }
      period = 300
      stat   = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "dead_lettered" {
  alarm_name          = "${var.name_prefix}-dead-lettered"
  alarm_description   = "Change events were dead-lettered after every retry; the daily run still audits."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  # SQS publishes a queue's metrics only while it is active: an idle, empty queue sends no data.
  treat_missing_data = "notBreaching"
  dimensions         = { QueueName = aws_sqs_queue.dead_letter.name }
  alarm_actions      = local.alarm_actions
}
