output "api_destination_arn" {
  description = "The API destination that posts repository_dispatch to GitHub."
  value       = aws_cloudwatch_event_api_destination.github.arn
}

output "dead_letter_queue_url" {
  description = "The queue that keeps the change events every retry failed to deliver."
  value       = aws_sqs_queue.dead_letter.url
}
