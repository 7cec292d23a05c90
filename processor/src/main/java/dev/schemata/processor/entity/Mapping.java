package dev.schemata.processor.entity;

import dev.schemata.runtime.model.Column;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What one persistent attribute maps to, read from its class alone: relations still point at
 * their target elements, and embeddables are already flattened into their columns and relations.
 */
sealed interface Mapping {

  /** The attribute of the entity (the outermost one, for an embeddable's parts). */
  Element source();

  /** The attribute path, such as {@code address.city}, for messages and overrides. */
  String path();

  /**
   * A column of the owner's table.
   *
   * @param source the entity attribute
   * @param path the attribute path
   * @param column the column, its name already physical
   * @param unique whether {@code @Column(unique = true)} asks for a unique constraint
   * @param idPath the attribute's name within the primary key, or null when it is not part of it
   * @param fill the SQL literal that existing rows get when the column is added NOT NULL to a
   *     table (or rows holding NULL when it is made NOT NULL), or null when there is none:
   *     {@code @FillWith}, else a primitive's zero value
   */
  record Basic(Element source, String path, Column column, boolean unique, String idPath,
      String fill) implements Mapping {}

  /**
   * The owning side of a {@code @ManyToOne} or {@code @OneToOne}: join columns typed like the
   * referenced columns of the target, and a foreign key to them.
   *
   * @param source the entity attribute
   * @param path the attribute path
   * @param name the attribute's own name, which prefixes default join column names
   * @param annotation the {@code @ManyToOne} or {@code @OneToOne}
   * @param target the entity referred to
   * @param joins the join columns as written
   * @param nullable whether the join columns accept NULL
   * @param unique whether the join columns take a unique constraint
   * @param idPath the attribute's name within the primary key, or null when not part of it
   * @param mapsId the id attribute that {@code @MapsId} names ("" for the whole id), or null
   */
  record ToOne(Element source, String path, String name, AnnotationMirror annotation,
      TypeElement target, JoinColumns joins, boolean nullable, boolean unique, String idPath,
      String mapsId) implements Mapping {}

  /**
   * The inverse side of a relation, which the other side maps: kept so that owning sides find
   * their opposite attribute.
   *
   * @param source the attribute
   * @param path its name
   * @param name the name that default join column names derive from
   * @param target the entity the relation goes to
   * @param mappedBy the attribute of {@code target} that owns the relation
   */
  record Inverse(Element source, String path, String name, TypeElement target, String mappedBy)
      implements Mapping {}

  /**
   * A {@code @ManyToMany}, or a {@code @OneToMany} without join column: a join table with the
   * keys of both sides.
   *
   * @param source the attribute
   * @param path its name
   * @param name the name that the target's default join column names derive from
   * @param annotation the relation annotation
   * @param target the entity of the elements
   * @param table the table name written in {@code @JoinTable}, physical, if any
   * @param ownerJoins the join columns to the owner
   * @param targetJoins the join columns to the target
   * @param shape set, list or map, with order and key columns
   * @param uniqueTarget whether each target row occurs once (a one-to-many)
   */
  record JoinTable(Element source, String path, String name, AnnotationMirror annotation,
      TypeElement target,
      Optional<String> table, JoinColumns ownerJoins, JoinColumns targetJoins,
      CollectionShape shape, boolean uniqueTarget) implements Mapping {}

  /**
   * An {@code @ElementCollection}: a collection table with the owner's key and the elements'
   * columns.
   *
   * @param source the attribute
   * @param path its name
   * @param name the attribute's own name, for the default table name
   * @param table the table name written in {@code @CollectionTable}, physical, if any
   * @param ownerJoins the join columns to the owner
   * @param elements the columns (and relations) of one element
   * @param shape set, list or map, with order and key columns
   */
  record ElementTable(Element source, String path, String name, Optional<String> table,
      JoinColumns ownerJoins, List<Mapping> elements, CollectionShape shape)
      implements Mapping {}

  /**
   * A unidirectional {@code @OneToMany} with {@code @JoinColumn}: join columns in the target's
   * table that reference the owner.
   *
   * @param source the attribute
   * @param path its name
   * @param name the name that default join column names derive from
   * @param target the entity whose table takes the columns
   * @param joins the join columns as written
   */
  record ForeignColumns(Element source, String path, String name, TypeElement target,
      JoinColumns joins) implements Mapping {}
}
