namespace Daisee.Billing.Worker.Domain;

/// <summary>The lower-case names roles have in every input and output file.</summary>
public static class RoleNames
{
    public static string ToName(this Role role) => role switch
    {
        Role.Consumer => "consumer",
        Role.Producer => "producer",
        Role.Storage => "storage",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? name, out Role role)
    {
        switch (name)
        {
            case "consumer": role = Role.Consumer; return true;
            case "producer": role = Role.Producer; return true;
            case "storage": role = Role.Storage; return true;
            default: role = default; return false;
        }
    }
}
