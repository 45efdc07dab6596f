namespace Tautoko.Core.Appointments;

// Domain primitives: a slot id can never be passed where an appointment id is expected.
public readonly record struct AppointmentId(Guid Value)
{
    public static AppointmentId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct SlotId(Guid Value)
{
    public static SlotId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
