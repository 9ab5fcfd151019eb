using System.Text;

namespace Conduit.Connector.Sdk.Generators;

/// <summary>How keys are derived from C# names, following Go's paramgen.</summary>
internal static class NameRules
{
    /// <summary>
    /// Go's rule: lower-case the first letter, and of a leading run of capitals all but the last
    /// (<c>RecordCount</c> → <c>recordCount</c>, <c>HTTPRequest</c> → <c>httpRequest</c>). A name
    /// with no lower-case letter at all is lower-cased entirely (<c>URL</c> → <c>url</c>), where Go
    /// would print <c>urL</c> (a known Go quirk we do not copy).
    /// </summary>
    public static string ToParameterName(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        var hasLower = false;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                hasLower = true;
                break;
            }
        }

        if (!hasLower)
        {
            return name.ToLowerInvariant();
        }

        var builder = new StringBuilder(name.Length);
        var foundLower = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (foundLower)
            {
                builder.Append(c);
                continue;
            }

            if (char.IsLower(c))
            {
                foundLower = true;
                builder.Append(c);
                continue;
            }

            if (i == 0 || (i + 1 < name.Length && char.IsUpper(name[i + 1])))
            {
                c = char.ToLowerInvariant(c);
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Why <paramref name="name"/> cannot be a key (or a key prefix), or <see langword="null"/> when it can.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                return "it contains white space";
            }

            if (c == '*')
            {
                return "'*' segments come from dictionary properties, not from names";
            }
        }

        if (name[0] == '.' || name[name.Length - 1] == '.' || name.Contains(".."))
        {
            return "it has an empty segment between dots";
        }

        return null;
    }
}
