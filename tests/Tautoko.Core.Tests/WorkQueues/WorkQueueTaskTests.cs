using Tautoko.Core.Common;
using Tautoko.Core.Sites;
using Tautoko.Core.WorkQueues;

namespace Tautoko.Core.Tests.WorkQueues;

public sealed class WorkQueueTaskTests
{
    private static readonly SiteId Masterton = new(Guid.Parse("00000000-0000-0000-0000-000000000001"));
    private static readonly SiteId Ohakune = new(Guid.Parse("00000000-0000-0000-0000-000000000002"));
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 0, 0, TimeSpan.Zero);
    private static readonly StaffId Aroha = StaffId.New();
    private static readonly StaffId Wiremu = StaffId.New();

    private static WorkQueue Queue(WorkQueueKind kind = WorkQueueKind.ServiceCentreReferral, SiteId? site = null) =>
        WorkQueue.Standard(WorkQueueId.New(), site ?? Masterton, kind, Now.AddDays(-30));

    private static WorkQueueTask NewTask(WorkQueue? queue = null) =>
        new(WorkQueueTaskId.New(), queue ?? Queue(), ClientId.New(), "Client asked for a call about food costs.", TaskOrigin.ContactCentreReferral, StaffId.New(), Now, null);

    private static DomainError Refusal(Action action) => Assert.Throws<DomainException>(action).Error;

    [Fact]
    public void Take_WhenSomeoneElseHasIt_IsRefusedAsTaken()
    {
        var task = NewTask();
        task.Take(Aroha, Now);

        Assert.Equal(WorkQueueTask.TakenRule, Refusal(() => task.Take(Wiremu, Now.AddMinutes(1))).Rule);
        Assert.Equal(Aroha, task.OwnerId);
        Assert.Equal(WorkQueueTaskStatus.InProgress, task.Status);
    }

    [Fact]
    public void Take_BumpsTheVersionAndRecordsIt()
    {
        var task = NewTask();
        var before = task.Version;

        task.Take(Aroha, Now);

        Assert.Equal(before + 1, task.Version);
        Assert.Equal([TaskEventKind.Created, TaskEventKind.Taken], task.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Complete_NoContactAfterTwoAttempts_IsRefusedNamingR073()
    {
        // at least three contact attempts before a referral task is closed as no contact.
        var task = NewTask();
        task.Take(Aroha, Now);
        task.RecordReview(Aroha, Now, "Reviewed");
        task.RecordAttempt(Aroha, Now.AddMinutes(5), false, "No answer");
        task.RecordAttempt(Aroha, Now.AddHours(2), false, "Voicemail");

        var error = Refusal(() => task.Complete(Aroha, TaskOutcome.NoContact, "Could not reach them.", Now.AddHours(3)));

        Assert.Equal("R-073", error.Rule);
        Assert.Equal(WorkQueueTaskStatus.InProgress, task.Status);
    }

    [Fact]
    public void Complete_NoContactAfterThreeAttempts_Closes()
    {
        // the third unsuccessful attempt allows closing as no contact.
        var task = NewTask();
        task.Take(Aroha, Now);
        task.RecordReview(Aroha, Now, "Reviewed");
        for (var i = 0; i < 3; i++)
        {
            task.RecordAttempt(Aroha, Now.AddHours(i), false, "No answer");
        }

        task.Complete(Aroha, TaskOutcome.NoContact, "Three tries; notes left for the next person.", Now.AddHours(4));

        Assert.Equal(WorkQueueTaskStatus.Completed, task.Status);
        Assert.Equal(TaskOutcome.NoContact, task.Outcome);
        Assert.Null(task.OwnerId);
    }

    [Fact]
    public void Complete_ResolvedAtFirstContact_NeedsNoThreeAttempts()
    {
        var task = NewTask();
        task.Take(Aroha, Now);
        task.RecordReview(Aroha, Now, "Reviewed");
        task.RecordAttempt(Aroha, Now.AddMinutes(3), true, "Spoke with the client");

        task.Complete(Aroha, TaskOutcome.Resolved, "Food grant processed.", Now.AddMinutes(20));

        Assert.Equal(TaskOutcome.Resolved, task.Outcome);
    }

    [Fact]
    public void RecordAttempt_BeforeReview_IsRefusedNamingR074()
    {
        // review the task and the client's record before contacting the client.
        var task = NewTask();
        task.Take(Aroha, Now);

        Assert.Equal("R-074", Refusal(() => task.RecordAttempt(Aroha, Now, false, "No answer")).Rule);
        Assert.Equal(0, task.Attempts);
    }

    [Fact]
    public void RecordAttempt_ByAnotherPerson_IsRefused()
    {
        var task = NewTask();
        task.Take(Aroha, Now);
        task.RecordReview(Aroha, Now, "Reviewed");

        Assert.Equal(WorkQueueTask.NotYoursRule, Refusal(() => task.RecordAttempt(Wiremu, Now, false, "No answer")).Rule);
    }

    [Fact]
    public void Hold_WithoutReason_IsRefused_WithReasonFreesTheTask()
    {
        var task = NewTask();
        task.Take(Aroha, Now);

        Assert.Equal("hold-reason", Refusal(() => task.Hold(Aroha, " ", Now)).Rule);
        task.Hold(Aroha, "Waiting for a rent receipt.", Now.AddMinutes(10));

        Assert.Equal(WorkQueueTaskStatus.OnHold, task.Status);
        Assert.Null(task.OwnerId);
        Assert.Equal("Waiting for a rent receipt.", task.HoldReason);
        task.Take(Wiremu, Now.AddDays(1));
        Assert.Equal(Wiremu, task.OwnerId);
        Assert.Null(task.HoldReason);
    }

    [Fact]
    public void Reassign_ToAnotherSitesQueueOfTheSameKind_MovesItAndKeepsHistory()
    {
        // a task sent to the wrong site is reassigned to the right site, keeping its history.
        var task = NewTask();
        task.Take(Aroha, Now);
        var target = Queue(site: Ohakune);

        task.Reassign(Aroha, target, "Client lives in Ohakune.", Now.AddMinutes(5), asManager: false);

        Assert.Equal(target.Id, task.QueueId);
        Assert.Equal(Ohakune, task.SiteId);
        Assert.Equal(WorkQueueTaskStatus.Open, task.Status);
        Assert.Null(task.OwnerId);
        var moved = task.Events.Last();
        Assert.Equal(TaskEventKind.Reassigned, moved.Kind);
        Assert.Equal(target.Id, moved.ToQueueId);
        Assert.Equal([TaskEventKind.Created, TaskEventKind.Taken, TaskEventKind.Reassigned], task.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Reassign_ToAnotherKindOfQueue_IsRefusedNamingR008()
    {
        var task = NewTask();

        var error = Refusal(() => task.Reassign(Aroha, Queue(WorkQueueKind.Approval, Ohakune), "Wrong site.", Now, asManager: false));

        Assert.Equal("R-008", error.Rule);
    }

    [Fact]
    public void Reassign_WhileSomeoneElseWorksIt_OnlyTheirManagerMay()
    {
        var task = NewTask();
        task.Take(Aroha, Now);
        var target = Queue(site: Ohakune);

        Assert.Equal(WorkQueueTask.NotYoursRule, Refusal(() => task.Reassign(Wiremu, target, "Wrong site.", Now, asManager: false)).Rule);
        task.Reassign(Wiremu, target, "Wrong site.", Now, asManager: true);
        Assert.Equal(Ohakune, task.SiteId);
    }

    [Fact]
    public void New_InSiteFaceToFaceQueue_IsDueWithin24HoursAndCannotBeLater()
    {
        // site face-to-face queues are cleared within 24 hours.
        var queue = Queue(WorkQueueKind.SiteFaceToFaceAppointments);
        var task = NewTask(queue);

        Assert.Equal(Now.AddHours(24), task.DueAt);
        Assert.False(task.IsOverdue(Now.AddHours(23)));
        Assert.True(task.IsOverdue(Now.AddHours(25)));
        var error = Refusal(() => new WorkQueueTask(WorkQueueTaskId.New(), queue, ClientId.New(), "Needs a case manager.", TaskOrigin.HighHardship, null, Now, Now.AddHours(30)));
        Assert.Equal("R-083", error.Rule);
        Assert.Equal("R-083", Refusal(() => queue.ChangeTarget(48)).Rule);
    }

    [Fact]
    public void AppointmentWanted_InSiteFaceToFaceQueue_IsClearedByBookingWhoeverHoldsIt_R082_R083()
    {
        // The site's face-to-face queue holds appointment requests: booking the appointment completes the task.
        var queue = Queue(WorkQueueKind.SiteFaceToFaceAppointments);
        var task = new WorkQueueTask(WorkQueueTaskId.New(), queue, ClientId.New(), WorkQueueTask.AppointmentWanted("  Case manager on leave; needs food costs reviewed. "), TaskOrigin.SiteQueueReferral, Aroha, Now, null);
        task.Take(Wiremu, Now.AddHours(1));

        task.CompleteWithAppointment(Aroha, "Booked for Tue 24 Nov 10:00 with Hemi Walker.", Now.AddHours(25));

        Assert.Equal("Appointment wanted: Case manager on leave; needs food costs reviewed.", task.Need);
        Assert.Equal(WorkQueueTaskStatus.Completed, task.Status);
        Assert.Equal(TaskOutcome.AppointmentBooked, task.Outcome);
        Assert.Equal(Aroha, task.CompletedById);
        Assert.Null(task.OwnerId);
        Assert.False(task.IsOverdue(Now.AddHours(30)));
        Assert.Equal(WorkQueueTask.StateRule, Refusal(() => task.CompleteWithAppointment(Aroha, "Again.", Now.AddHours(26))).Rule);
    }

    [Fact]
    public void Complete_FaceToFaceRequestWithoutABooking_RefusedNamingR071_UnlessNoContactOrNoLongerNeeded()
    {
        // a requested face-to-face appointment is booked; the request is never dropped.
        var queue = Queue(WorkQueueKind.SiteFaceToFaceAppointments);
        var task = new WorkQueueTask(WorkQueueTaskId.New(), queue, ClientId.New(), WorkQueueTask.AppointmentWanted("Wants to see someone."), TaskOrigin.SiteQueueReferral, Aroha, Now, null);
        task.Take(Wiremu, Now.AddHours(1));

        Assert.Equal("R-071", Refusal(() => task.Complete(Wiremu, TaskOutcome.Resolved, "Told them to call.", Now.AddHours(2))).Rule);
        Assert.Equal("R-071", Refusal(() => task.Complete(Wiremu, TaskOutcome.ReferredElsewhere, "Sent to the contact centre.", Now.AddHours(2))).Rule);
        Assert.True(task.IsOpen);

        task.Complete(Wiremu, TaskOutcome.NoLongerNeeded, "Client no longer wants an appointment.", Now.AddHours(3));
        Assert.Equal(WorkQueueTaskStatus.Completed, task.Status);
    }

    [Fact]
    public void CompleteWithAppointment_IsNotForHighHardshipReferralsOrOtherQueues_R081()
    {
        var highHardship = new WorkQueueTask(WorkQueueTaskId.New(), Queue(WorkQueueKind.SiteFaceToFaceAppointments), ClientId.New(), "Needs a case manager.", TaskOrigin.HighHardship, null, Now, null);
        var referral = NewTask();

        Assert.Equal(WorkQueueTask.StateRule, Refusal(() => highHardship.CompleteWithAppointment(Aroha, "Booked.", Now)).Rule);
        Assert.Equal(WorkQueueTask.StateRule, Refusal(() => referral.CompleteWithAppointment(Aroha, "Booked.", Now)).Rule);
        Assert.True(highHardship.IsOpen);
    }

    [Fact]
    public void Standard_QueuesPerSiteKind_FollowTheSeeds()
    {
        Assert.Equal(
            [WorkQueueKind.ServiceCentreReferral, WorkQueueKind.ReadyForProcessing, WorkQueueKind.WorkOnHold, WorkQueueKind.Approval, WorkQueueKind.SiteFaceToFaceAppointments],
            WorkQueueKinds.StandardFor(SiteKind.ServiceCentre));
        Assert.Equal([WorkQueueKind.ReadyForProcessing, WorkQueueKind.WorkOnHold], WorkQueueKinds.StandardFor(SiteKind.PhoneBasedCaseManagementUnit));
        Assert.Empty(WorkQueueKinds.StandardFor(SiteKind.ContactCentre));
    }

    [Fact]
    public void AgeProfile_CountsOpenTasksByAgeAndOverdue()
    {
        // managers see each queue's age profile and what is overdue.
        var tasks = new[]
        {
            new OpenTaskAge(Now.AddHours(-1), Now.AddHours(23), WorkQueueTaskStatus.Open),
            new OpenTaskAge(Now.AddHours(-30), Now.AddHours(-6), WorkQueueTaskStatus.InProgress),
            new OpenTaskAge(Now.AddDays(-8), Now.AddDays(-5), WorkQueueTaskStatus.OnHold),
            new OpenTaskAge(Now.AddDays(-2), Now.AddDays(-1), WorkQueueTaskStatus.Completed),
        };

        var profile = QueueAgeProfile.Compute(tasks, Now);

        Assert.Equal(3, profile.Open);
        Assert.Equal(1, profile.Waiting);
        Assert.Equal(1, profile.InProgress);
        Assert.Equal(1, profile.OnHold);
        Assert.Equal(2, profile.Overdue);
        Assert.Equal(TimeSpan.FromDays(8), profile.Oldest);
        Assert.Equal([1, 0, 1, 0, 1], profile.Bands.Select(b => b.Count));
    }

    [Theory]
    [InlineData(SiteKind.ServiceCentre, WorkQueueKind.ReadyForProcessing, SiteKind.CentralisedServices, false, "R-070")]
    [InlineData(SiteKind.ServiceCentre, WorkQueueKind.ServiceCentreReferral, SiteKind.ContactCentre, false, "R-070")]
    [InlineData(SiteKind.ServiceCentre, WorkQueueKind.Housing, SiteKind.CentralisedServices, false, "R-072")]
    [InlineData(SiteKind.ServiceCentre, WorkQueueKind.Housing, SiteKind.CentralisedServices, true, null)]
    [InlineData(SiteKind.ServiceCentre, WorkQueueKind.ReadyForProcessing, SiteKind.PhoneBasedCaseManagementUnit, false, null)]
    [InlineData(SiteKind.ContactCentre, WorkQueueKind.ServiceCentreReferral, SiteKind.ServiceCentre, false, null)]
    public void MayRaise_FollowsR070AndR072(SiteKind from, WorkQueueKind kind, SiteKind target, bool screened, string? rule)
    {
        // no pushing demand to regional processing queues, no sending clients to the contact centre; R-072: housing screened first.
        Assert.Equal(rule, WorkQueuePolicy.MayRaise(from, kind, target, screened)?.Rule);
    }

    [Theory]
    [InlineData(WorkQueueTask.TakenRule, true)]
    [InlineData(WorkQueueTask.NotYoursRule, true)]
    [InlineData(WorkQueueTask.StateRule, true)]
    [InlineData("R-073", false)]
    [InlineData("R-008", false)]
    public void IsConflict_ByRule_OnlyWhoHoldsTheTaskOrItsStateIsAConflict(string rule, bool conflict)
    {
        // Who holds the task, or its state, is a conflict (409); a seed rule such as R-073 is a broken rule (422).
        Assert.Equal(conflict, WorkQueueTask.IsConflict(rule));
    }
}
