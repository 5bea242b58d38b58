"""Common English first names and the gender they usually tell (speakers/resolve.py).

A pronoun's gender rules out a person only when the article says it: an honorific, a rank, a
pronoun whose clause has the person for subject, and, when none of those, a first name in
these lists ("Sarah Jones … met Tom Hale. He said" is not Sarah Jones). Names used for both
(Chris, Sam, Jo, Alex, Leslie, Hilary, Lee, Kelly, Robin…) are left out: they tell nothing.
Kept apart from gazetteer.py: the cue model does not read them.
"""

from __future__ import annotations

FEMALE_FIRST_NAMES = frozenset(
    """
    Ann Anna Anne Annie Alice Alison Amanda Amy Andrea Angela Anita Barbara Beatrice Belinda
    Beth Betty Brenda Bridget Carol Caroline Catherine Cathy Charlotte Cherie Christine Claire
    Clare Condoleezza Deborah Debbie Diana Diane Donna Dorothy Elaine Eleanor Elizabeth Ellen
    Emily Emma Fiona Frances Gillian Gloria Hazel Heather Helen Hillary Isabel Jacqueline
    Jane Janet Janice Jennifer Jenny Jessica Joan Joanna Joanne Josephine Joyce Judith Judy
    Julia Julie June Karen Kate Katherine Kathleen Kathryn Katie Kylie Laura Lauren Linda
    Lisa Liz Lorraine Louise Lucy Madeleine Madonna Margaret Maria Marie Marion Martha Mary
    Maureen Melanie Michelle Miriam Monica Nancy Natalie Nicola Nicole Olivia Pamela Patricia
    Paula Pauline Penelope Rachel Rebecca Rose Rosemary Ruth Sally Samantha Sandra Sarah Sharon
    Sheila Shirley Sophie Stephanie Susan Suzanne Sylvia Tessa Theresa Tracey Tracy Valerie
    Vanessa Victoria Virginia Wendy Yvonne Zoe Britney Gwyneth Jade Kirsty Paula Patsy
    Estelle Harriet Glenda Oona
    Adriana Agnes Aisha Alexandra Alicia Amelia Amelie Anastasia Angelina Anika Anja Annette
    Antonia Audrey Ayesha Beatriz Benazir Benita Beverley Beverly Bianca Brigitte Camilla Carla
    Carmen Cate Cecilia Celine Charlene Chloe Christiane Christina Claudia Colette Cristina
    Daniela Danielle Denise Dido Dolores Doris Edith Elena Elisa Elisabeth Eliza Ella Elsa Eva
    Evelyn Francesca Gabriela Gabrielle Geraldine Gerda Gina Giulia Grace Greta Halle Hannah
    Hayley Heidi Helena Helga Hilda Ilse Imelda Ines Ingrid Irene Isabella Isabelle Ivana
    Jacqui Jana Janine Jasmine Jeanne Jill Jodie Julianne Juliet Justine Jutta Karin Katarina
    Katharine Kathy Keira Kirsten Laetitia Lara Leah Leila Lena Liliana Lily Liza Lorna Lucia
    Lucinda Luisa Lydia Magda Magdalena Mandy Marcia Margarita Marianne Marina Marta Martina
    Megan Mia Miranda Molly Monika Nadia Naomi Natascha Natasha Nina Nora Norma Olga Paloma
    Patrizia Petra Philippa Phoebe Polly Priscilla Rita Roberta Rosa Rosie Roxanne Sabine
    Sabrina Sara Scarlett Serena Shannon Silvia Simone Sofia Sonia Sophia Stella Svetlana
    Tamara Tania Tanya Tatiana Teresa Tina Uma Ulrike Ursula Venus Vera Veronica Veronique
    Viola Yoko Yulia Yvette Zara
    """.split()
)

MALE_FIRST_NAMES = frozenset(
    """
    Adam Adrian Alan Alastair Albert Alistair Andrew Anthony Arnold Arthur Barry Ben Benjamin
    Bernard Bill Bob Brian Bruce Carl Charles Christopher Clive Colin Craig Daniel Darren David
    Dennis Derek Donald Douglas Duncan Edward Eric Frank Fred Gareth Gary Gavin Geoff Geoffrey
    George Gerald Gerard Gordon Graham Greg Harold Harry Henry Howard Hugh Ian Jack James Jason
    Jeff Jeremy Jim Jimmy John Jonathan Joseph Keith Ken Kenneth Kevin Liam Mark Martin
    Matthew Michael Mike Neil Nick Nicholas Nigel Oliver Patrick Paul Peter Philip Phillip
    Richard Robert Roger Ronald Roy Russell Ryan Scott Sean Simon Stephen Steve Steven
    Stuart Ted Terry Thomas Tim Timothy Tom Tommy Tony Trevor Walter William Rafael Rafa Jose
    Jacques Gerhard Vladimir Silvio Kofi Ariel Mahmoud Jose Milan Rick Charlie Wayne Rupert
    Aaron Abdul Abdullah Ahmad Ahmed Akira Alain Alberto Aleksandr Alessandro Alexander
    Alexandre Alexei Alfred Ali Alun Amir Amit Anatoly Andre Andreas Andrei Andres Andy Angelo
    Anil Antoine Anton Antonio Anwar Arjen Arsene Arturo Arun Ashok Axel Barack Bernd Bertrand
    Bjorn Boris Brad Bradley Brendan Bryan Bryn Carlo Carlos Christian Christoph Claude
    Claudio Clint Connor Conor Cristiano Dafydd Damien Damon Dan Danny Dario Darius Dave Dean
    Declan Dick Didier Diego Dieter Dimitri Dmitry Don Doug Eamonn Eddie Edgar Eduardo Emlyn
    Emmanuel Enrique Erik Ernesto Ethan Eugene Evan Ewan Fabien Fabio Felipe Felix Fergus
    Fernando Filippo Francesco Francisco Franco Francois Frederic Frederick Gabriel Gennady
    Georg Gerry Gethin Gianni Guy Giovanni Giuseppe Glenn Goran Gregory Guido Gunter Gustavo Hamid
    Hamish Hans Hassan Hector Heinz Helmut Herbert Hiroshi Horst Hugo Hussein Huw Iain Ibrahim
    Igor Imran Ivan Jacob Jake Jamal Javier Jens Jerome Jesse Joachim Joaquin Joe Joel Johan
    Johann Johannes Jonas Jonny Jorge Joschka Josef Juan Julian Julien Junichiro Jurgen Kamal
    Karl Khalid Kieran Klaus Kurt Lars Laurent Lawrence Leo Leon Leonard Lionel Lleyton Lorenzo
    Louis Luc Luca Lucas Luigi Luis Lukas Luke Malcolm Manmohan Manuel Marat Marc Marcel Marco
    Marcus Mario Marius Massimo Mathieu Matt Matteo Maurice Max Mehmet Mick Miguel Mikhail
    Mohamed Mohammed Muhammad Nathan Nawaz Nelson Newt Niall Nicolas Niels Nikolai Noel Norman
    Olaf Omar Oscar Otto Owen Pablo Paolo Pascal Patrice Pavel Pedro Pervez Pete Pierre Pieter
    Rahul Rajiv Rakesh Ralf Ralph Ramon Raul Ravi Ray Raymond Recep Reginald Rene Rhodri Rhys
    Ricardo Riccardo Rob Robbie Roberto Rodrigo Roland Romano Ron Rory Ross Rudolf Ruud
    Salvatore Samuel Sanjay Seamus Sebastian Sebastien Sergei Sergey Sergio Shane Shinzo Stefan
    Stefano Steffen Stewart Sunil Suresh Sven Tariq Thabo Theo Thierry Tobias Todd Tomas Ulrich
    Umberto Victor Vijay Vincent Vincenzo Viktor Werner Wilhelm Wolfgang Xavier Yannick Yasser
    Yuri Yusuf Zinedine
    """.split()
)

# First names given to women and men alike: they tell no gender, but they are first names
# (entities.py: "Jean Marie Tavel" is one name; a nationality is never "Jean").
UNISEX_FIRST_NAMES = frozenset(
    """
    Alex Ashley Casey Chris Dominique Hilary Jamie Jean Jo Jordan Kelly Kim Lee Leslie Lindsay
    Morgan Robin Sam Taylor Toni Jackie Nicky Frankie Billie
    """.split()
)

FIRST_NAMES = FEMALE_FIRST_NAMES | MALE_FIRST_NAMES | UNISEX_FIRST_NAMES
