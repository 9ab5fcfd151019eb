namespace Conduit.Connector.Sdk.Schemas.Avro;

/// <summary>The spec's rules for names: <c>[A-Za-z_][A-Za-z0-9_]*</c>, full names joined with dots.</summary>
internal static class AvroNames
{
    public static bool IsValidName(string name)
    {
        if (name.Length == 0 || !IsStart(name[0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsStart(name[i]) && name[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsValidFullName(string fullName)
    {
        foreach (var part in fullName.Split('.'))
        {
            if (!IsValidName(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Resolves a name as the spec says: a dotted name is already full; otherwise the namespace applies.</summary>
    /// <param name="name">The name.</param>
    /// <param name="enclosingNamespace">The namespace in effect, or empty.</param>
    /// <returns>The full name.</returns>
    public static string Qualify(string name, string enclosingNamespace) =>
        name.Contains('.', StringComparison.Ordinal) || enclosingNamespace.Length == 0 ? name : enclosingNamespace + "." + name;

    /// <summary>Gets the namespace part of a full name, or empty.</summary>
    /// <param name="fullName">The full name.</param>
    /// <returns>The namespace.</returns>
    public static string NamespaceOf(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return dot < 0 ? string.Empty : fullName[..dot];
    }

    private static bool IsStart(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';
}
