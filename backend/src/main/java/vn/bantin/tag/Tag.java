package vn.bantin.tag;

import jakarta.persistence.Entity;
import vn.bantin.catalogue.CatalogueEntry;

@Entity
public class Tag extends CatalogueEntry {}
