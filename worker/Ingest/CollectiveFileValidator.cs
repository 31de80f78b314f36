using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using FluentValidation;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// Rules for <c>collective.json</c>. Property names are the JSON paths (camelCase) so that
/// every message can point at the exact field. All problems are reported at once.
/// </summary>
public sealed class CollectiveFileValidator : AbstractValidator<CollectiveFile>
{
    /// <summary>At most this many participants: curves take members × steps of memory, and every sum stays within 2^63 mWh.</summary>
    public const int MaxParticipants = 10_000;

    /// <summary>The largest price the engine accepts, in EUR/kWh (any real price is a thousandth of it).</summary>
    public const decimal MaxEurosPerKwh = 1_000m;

    private static readonly string[] Methods = ["prorata", "static", "dynamic-simple", "full-dynamic", "cascade"];

    public CollectiveFileValidator()
    {
        RuleFor(c => c.Name).NotEmpty().OverridePropertyName("name");
        RuleFor(c => c.TimeZone).Must(CollectiveValues.IsKnownZone).When(c => c.TimeZone is not null)
            .WithMessage("'{PropertyValue}' is not a time zone of the IANA database (e.g. Europe/Paris).")
            .OverridePropertyName("timeZone");
        RuleFor(c => c.StepMinutes).Must(s => s is null || Step.IsSupportedLength(s.Value))
            .WithMessage("stepMinutes must be 10, 15, 30 or 60.").OverridePropertyName("stepMinutes");
        RuleFor(c => c.Currency).Must(c => c is null or "EUR")
            .WithMessage("Only EUR is supported.").OverridePropertyName("currency");
        RuleFor(c => c.Participants).NotEmpty().OverridePropertyName("participants");
        RuleFor(c => c.Participants).Must(p => p is null || p.Count <= MaxParticipants)
            .WithMessage($"A collective has at most {MaxParticipants} participants.").OverridePropertyName("participants");
        RuleForEach(c => c.Participants).NotNull().SetValidator(new ParticipantFileValidator()!)
            .OverridePropertyName("participants");
        RuleFor(c => c.Participants).Must(HaveUniquePrms).When(c => c.Participants is not null)
            .WithMessage("Each PRM may appear once.").OverridePropertyName("participants");
        RuleFor(c => c.Participants).Must(HaveAProducer).When(c => c.Participants is { Count: > 0 })
            .WithMessage("The collective needs at least one producer (role \"producer\" or \"storage\").")
            .OverridePropertyName("participants");
        RuleFor(c => c.Allocation!.Method).Must(m => m is null || Methods.Contains(m))
            .When(c => c.Allocation is not null)
            .WithMessage($"allocation.method must be one of {string.Join(", ", Methods)}.")
            .OverridePropertyName("allocation.method");
        RuleFor(c => c.Allocation!.KeysFile).NotEmpty()
            .When(c => c.Allocation?.Method is "dynamic-simple" or "full-dynamic")
            .WithMessage("A dynamic-simple or full-dynamic allocation needs allocation.keysFile.")
            .OverridePropertyName("allocation.keysFile");
        RuleFor(c => c).Must(HaveStaticKeysSummingToAtMostOne)
            .When(c => c.Allocation?.Method is "static")
            .WithMessage("A static allocation needs a staticKey (0–1) on every consumer, summing to at most 1.")
            .OverridePropertyName("participants[].staticKey");
        RuleFor(c => c.LocalPrices).NotEmpty().OverridePropertyName("localPrices");
        RuleForEach(c => c.LocalPrices).NotNull().SetValidator(new LocalPriceFileValidator()!)
            .OverridePropertyName("localPrices");
        RuleFor(c => c.Regulated!.TurpeOption).Must(o => o is null or "none" or "acc")
            .When(c => c.Regulated is not null)
            .WithMessage("regulated.turpeOption must be \"none\" or \"acc\"; found '{PropertyValue}'.")
            .OverridePropertyName("regulated.turpeOption");
        RuleFor(c => c.Policies!.Gaps).Must(g => g is null or "zero-and-flag" or "reject")
            .When(c => c.Policies is not null)
            .WithMessage("policies.gaps must be \"zero-and-flag\" or \"reject\".")
            .OverridePropertyName("policies.gaps");
        RuleFor(c => c.Policies!.ReconciliationToleranceWh).InclusiveBetween(0, Energy.MaxConfiguredWattHours)
            .When(c => c.Policies is not null).OverridePropertyName("policies.reconciliationToleranceWh");
        RuleFor(c => c).Custom(InvoicingValidation.Check);
    }

    private static bool HaveUniquePrms(List<ParticipantFile?>? participants) =>
        participants!.Where(p => p?.Prm is not null).GroupBy(p => p!.Prm).All(g => g.Count() == 1);

    private static bool HaveAProducer(List<ParticipantFile?>? participants) =>
        participants!.Any(p => p?.Role is "producer" or "storage");

    private static bool HaveStaticKeysSummingToAtMostOne(CollectiveFile c)
    {
        var consumers = (c.Participants ?? []).Where(p => p?.Role is "consumer").ToList();
        return consumers.All(p => p!.StaticKey is >= 0m and <= 1m)
            && consumers.Sum(p => p!.StaticKey ?? 0m) <= 1m;
    }
}
