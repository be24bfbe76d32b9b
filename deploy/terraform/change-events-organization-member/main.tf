# Red within minutes of a change (an Organization, each member account), as
# deploy/change-events/organization-member.yml: the same event patterns as the single-account
# module, forwarding to the central bus of the change-events-organization-central module.

data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

locals {
  # The event patterns of the CloudFormation templates, to the letter
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
  alarm_actions = var.alarm_topic_arn == "" ? [] : [var.alarm_topic_arn]
}

resource "aws_cloudwatch_event_rule" "iam_change" {
  name          = "${var.name_prefix}-iam-changes"
  description   = "Successful IAM calls that change what IAM.9, IAM.6, IAM.4, IAM.5 and IAM.19 read."
  event_pattern = local.iam_change_pattern

  lifecycle {
    precondition {
      condition     = data.aws_region.current.name == "us-east-1"
      error_message = "IAM and root sign-in events reach EventBridge in us-east-1 only: use a us-east-1 provider."
    }
  }
}

resource "aws_cloudwatch_event_rule" "root_sign_in" {
  name          = "${var.name_prefix}-root-sign-ins"
  description   = "Every successful root sign-in, with or without MFA (not IAM users' sign-ins)."
  event_pattern = local.root_sign_in_pattern
}

resource "aws_cloudwatch_event_target" "iam_change" {
  rule      = aws_cloudwatch_event_rule.iam_change.name
  target_id = "central-bus"
  arn       = var.central_bus_arn
  role_arn  = aws_iam_role.forward.arn
  retry_policy {
    maximum_retry_attempts       = 10
    maximum_event_age_in_seconds = 3600
  }
  dead_letter_config {
    arn = aws_sqs_queue.dead_letter.arn
  }
}

resource "aws_cloudwatch_event_target" "root_sign_in" {
  rule      = aws_cloudwatch_event_rule.root_sign_in.name
  target_id = "central-bus"
  arn       = var.central_bus_arn
  role_arn  = aws_iam_role.forward.arn
  retry_policy {
    maximum_retry_attempts       = 10
    maximum_event_age_in_seconds = 3600
  }
  dead_letter_config {
    arn = aws_sqs_queue.dead_letter.arn
  }
}

data "aws_iam_policy_document" "forward_trust" {
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

data "aws_iam_policy_document" "forward" {
  statement {
    effect    = "Allow"
    actions   = ["events:PutEvents"]
    resources = [var.central_bus_arn]
  }
}

resource "aws_iam_role" "forward" {
  name_prefix        = "${var.name_prefix}-forward-"
  description        = "Lets EventBridge put this account's change events on the central bus."
  assume_role_policy = data.aws_iam_policy_document.forward_trust.json
}

resource "aws_iam_role_policy" "forward" {
  name   = "put-events-on-central-bus"
  role   = aws_iam_role.forward.id
  policy = data.aws_iam_policy_document.forward.json
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
  alarm_name          = "${var.name_prefix}-failed-forwards"
  alarm_description   = "Forwarding a change event to the central bus failed (its policy, most often)."
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  # EventBridge sends FailedInvocations only when it is not zero, so no data means no failure. The
  # rules are on the default bus: EventBridge publishes their metrics with RuleName alone.
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
      dimensions  = { RuleName = aws_cloudwatch_event_rule.iam_change.name }
      period      = 300
      stat        = "Sum"
    }
  }
  metric_query {
    id          = "signin"
    return_data = false
    metric {
      namespace   = "AWS/Events"
      metric_name = "FailedInvocations"
      dimensions  = { RuleName = aws_cloudwatch_event_rule.root_sign_in.name }
      period      = 300
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "dead_lettered" {
  alarm_name          = "${var.name_prefix}-dead-lettered"
  alarm_description   = "Change events were dead-lettered on their way to the central bus; the daily run still audits."
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
