using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Callback.Sagas.Persistence.Mapping;

/// <summary>
/// Names every column, key and index in snake_case from its property names, so the schema reads the same on every
/// provider and raw SQL on PostgreSQL needs no quotes. Tables are named by their maps.
/// </summary>
public static class SnakeCaseNames
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName() ?? ToSnakeCase(entity.ClrType.Name);

            foreach (var property in entity.GetProperties())
                property.SetColumnName(ToSnakeCase(property.Name));

            foreach (var key in entity.GetKeys())
                key.SetName($"pk_{table}");

            foreach (var foreignKey in entity.GetForeignKeys())
                foreignKey.SetConstraintName($"fk_{table}_{foreignKey.PrincipalEntityType.GetTableName()}");

            foreach (var index in entity.GetIndexes())
                index.SetDatabaseName($"ix_{table}_{string.Join("_", index.Properties.Select(p => ToSnakeCase(p.Name)))}");
        }
    }

    public static string ToSnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var startsWord = i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
                if (startsWord)
                    result.Append('_');
                result.Append(char.ToLowerInvariant(c));
            }
            else
                result.Append(c);
        }

        return result.ToString();
    }
}
