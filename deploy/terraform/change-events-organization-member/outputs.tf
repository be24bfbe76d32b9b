output "dead_letter_queue_url" {
  description = "The queue that keeps the change events every retry failed to forward."
  value       = aws_sqs_queue.dead_letter.url
}
