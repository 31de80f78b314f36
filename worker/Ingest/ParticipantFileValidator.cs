using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Ingest;
using FluentValidation;

namespace Daisee.Billing.Worker.Ingest;

public sealed class ParticipantFileValidator : AbstractValidator<ParticipantFile>
{
    public ParticipantFileValidator()
    {
        RuleFor(p => p.Prm).Must(p => Prm.TryParse(p, out _))
            .WithMessage("prm must be the 14-digit delivery point identifier; found '{PropertyValue}'.")
            .OverridePropertyName("prm");
        RuleFor(p => p.Name).NotEmpty().OverridePropertyName("name");
        RuleFor(p => p.Role).Must(r => RoleNames.TryParse(r, out _))
            .WithMessage("role must be consumer, producer or storage; found '{PropertyValue}'.")
            .OverridePropertyName("role");
        RuleFor(p => p.Joined).Must(CollectiveValues.IsDateOrNull)
            .WithMessage("joined must be a local date yyyy-MM-dd; found '{PropertyValue}'.")
            .OverridePropertyName("joined");
        RuleFor(p => p.Left).Must(CollectiveValues.IsDateOrNull)
            .WithMessage("left must be a local date yyyy-MM-dd; found '{PropertyValue}'.")
            .OverridePropertyName("left");
        RuleFor(p => p).Must(p => CollectiveValues.ParseDate(p.Joined) < CollectiveValues.ParseDate(p.Left))
            .When(p => CollectiveValues.ParseDate(p.Joined) is not null && CollectiveValues.ParseDate(p.Left) is not null)
            .WithMessage("left must come after joined.").OverridePropertyName("left");
        RuleFor(p => p.StaticKey).InclusiveBetween(0m, 1m).When(p => p.StaticKey is not null)
            .OverridePropertyName("staticKey");
        RuleFor(p => p.PriorityGroup).GreaterThanOrEqualTo(1).When(p => p.PriorityGroup is not null)
            .OverridePropertyName("priorityGroup");
        RuleFor(p => p.SurplusPriceEurPerKwh).InclusiveBetween(0m, CollectiveFileValidator.MaxEurosPerKwh).When(p => p.SurplusPriceEurPerKwh is not null)
            .OverridePropertyName("surplusPriceEurPerKwh");
        RuleFor(p => p.SupplierPriceEurPerKwh).InclusiveBetween(0m, CollectiveFileValidator.MaxEurosPerKwh).When(p => p.SupplierPriceEurPerKwh is not null)
            .OverridePropertyName("supplierPriceEurPerKwh");
        RuleFor(p => p.SubscribedKva).GreaterThan(0m).LessThanOrEqualTo(Energy.MaxAverageWatts / 1000m).When(p => p.SubscribedKva is not null)
            .OverridePropertyName("subscribedKva");
        RuleFor(p => p.TariffOption).Must(t => t is null || t.Equals("base", StringComparison.OrdinalIgnoreCase) || t.Equals("HPHC", StringComparison.OrdinalIgnoreCase))
            .WithMessage("tariffOption must be base or HPHC; found '{PropertyValue}'.")
            .OverridePropertyName("tariffOption");
    }
}
