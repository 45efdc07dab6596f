namespace Tautoko.Core.Quality;

/// <summary>The processed actions the National Quality Team checks (001): decisions and grants, appointments resulted, tasks completed.</summary>
public enum ProcessedActionKind
{
    HardshipDecision = 0,
    AppointmentResulted = 1,
    TaskCompleted = 2,
}

/// <summary>A check's finding: the action was processed correctly, or with an error.</summary>
public enum QualityCheckResult
{
    Correct = 0,
    Error = 1,
}

/// <summary>What was wrong with an action found in error.</summary>
public enum QualityErrorType
{
    IncorrectDecision = 0,
    IncorrectAmount = 1,
    InsufficientEvidence = 2,
    IncorrectRecording = 3,
    NotTimely = 4,
    PolicyNotFollowed = 5,
    Other = 6,
}

public static class QualityLists
{
    public static string DisplayName(this ProcessedActionKind kind) => kind switch
    {
        ProcessedActionKind.HardshipDecision => "Hardship decision or grant",
        ProcessedActionKind.AppointmentResulted => "Appointment resulted",
        ProcessedActionKind.TaskCompleted => "Work-queue task completed",
    };

    public static string DisplayName(this QualityCheckResult result) => result switch
    {
        QualityCheckResult.Correct => "Correct",
        QualityCheckResult.Error => "Error",
    };

    public static string DisplayName(this QualityErrorType type) => type switch
    {
        QualityErrorType.IncorrectDecision => "Incorrect decision",
        QualityErrorType.IncorrectAmount => "Incorrect amount",
        QualityErrorType.InsufficientEvidence => "Insufficient evidence",
        QualityErrorType.IncorrectRecording => "Incorrect recording",
        QualityErrorType.NotTimely => "Not timely",
        QualityErrorType.PolicyNotFollowed => "Policy or process not followed",
        QualityErrorType.Other => "Other",
    };
}
